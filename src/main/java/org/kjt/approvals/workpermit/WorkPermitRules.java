package org.kjt.approvals.workpermit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseRules;

import org.springframework.stereotype.Component;

/**
 * What the work-permit process adds to the case machinery: the form's checks and the
 * points score at submission; 容缺受理 for category A only; the reviewer's proposal with the
 * category (changed only with a written reason); no extension for work of 90 days or
 * less; the card step.
 */
@Component
class WorkPermitRules implements CaseRules {

	static final String PROCESS = "work-permit";

	/** Gaps accepted under 容缺受理 are due within at most this many days. */
	static final int MAX_GAP_DAYS = 30;

	private static final int MAX_TEXT = 2000;

	private final PointsCalculator calculator;

	private final WorkPermitLimits limits;

	private final Permits permits;

	WorkPermitRules(PointsCalculator calculator, WorkPermitLimits limits, Permits permits) {
		this.calculator = calculator;
		this.limits = limits;
		this.permits = permits;
	}

	@Override
	public boolean handles(String processKey) {
		return PROCESS.equals(processKey);
	}

	@Override
	public String applicantPage(String item, String step, long caseId) {
		return (PROCESS.equals(item) && "cardApplication".equals(step)) ? "portal/work-permits" : null;
	}

	@Override
	public Checked checkSubmission(Submission submission) {
		WorkPermitApplication application = WorkPermitApplication.parse(submission.form(), submission.today());
		if (application.previousPermitNumber() != null && this.permits
			.personByNumber(application.previousPermitNumber(), application.nationality(), application.dateOfBirth())
			.isEmpty()) {
			throw DomainException.invalid("previousPermitNumber", "workpermit.error.previousPermit",
					application.previousPermitNumber());
		}
		// A workplace in this province has one of these location categories (Jilin and
		// Liaoning: the Northeast, or a poor county).
		Set<String> locations = this.limits.workLocations(submission.departmentCode());
		String location = application.points().workLocation();
		if (location != null && !locations.contains(location)) {
			throw DomainException.invalid("workLocation", "workpermit.error.locationNotHere", location,
					String.join("、", locations));
		}
		PointsResult score = this.calculator.score(application.points());
		Map<String, Object> derived = new LinkedHashMap<>();
		derived.put("points", score.total());
		derived.put("pointsBreakdown", breakdown(score));
		derived.put("proposedCategory", score.category());
		Map<String, Object> variables = new HashMap<>();
		variables.put("shortTerm", application.shortTerm());
		variables.put("timeLimitDays", application.shortTerm() ? this.limits.shortTerm(submission.departmentCode())
				: this.limits.longTerm(submission.departmentCode(), score.category()));
		variables.put("proposedCategory", score.category());
		variables.put("category", score.category());
		variables.put("points", score.total());
		return new Checked(derived, variables);
	}

	static String breakdown(PointsResult score) {
		return score.breakdown()
			.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + " " + entry.getValue())
			.collect(Collectors.joining(" · ")) + " = " + score.total();
	}

	@Override
	public List<String> outcomes(String step) {
		return switch (step) {
			case "intake" -> List.of("accept", "acceptWithGaps", "correct", "reject");
			case "review" -> List.of("propose");
			case "cardIssue" -> List.of("issue", "refuse");
			default -> null;
		};
	}

	@Override
	public List<OutcomeField> fields(String step, String outcome) {
		return switch (step + ":" + outcome) {
			case "intake:acceptWithGaps" ->
				List.of(OutcomeField.materials("items"), OutcomeField.date("gapsDue", true));
			case "review:propose" -> List.of(OutcomeField.choice("proposal", List.of("grant", "refuse")),
					OutcomeField.choice("category", List.of("A", "B", "C")), OutcomeField.area("categoryReason", false),
					OutcomeField.area("refusalReasons", false));
			case "cardIssue:refuse" -> List.of(OutcomeField.area("refusalReasons", true));
			default -> List.of();
		};
	}

	@Override
	public boolean complete(Completion completion, Map<String, Object> variables) {
		Map<String, Object> input = completion.fields();
		switch (completion.step() + ":" + completion.outcome()) {
			case "intake:acceptWithGaps" -> {
				if (!"A".equals(completion.processVariables().apply("category"))) {
					throw DomainException.conflict("workpermit.error.gapsOnlyA");
				}
				LocalDate due = date("gapsDue", input.get("gapsDue"));
				if (!due.isAfter(completion.today()) || due.isAfter(completion.today().plusDays(MAX_GAP_DAYS))) {
					throw DomainException.invalid("gapsDue", "workpermit.error.gapsDue", MAX_GAP_DAYS);
				}
				variables.put("gapsDue", due.toString());
				variables.put("gapsFilled", List.of());
				// The generic handling lists the gap items, as on a correction notice.
				return false;
			}
			case "review:propose" -> {
				Object proposal = input.get("proposal");
				if (!"grant".equals(proposal) && !"refuse".equals(proposal)) {
					throw DomainException.invalid("proposal", "task.error.proposal");
				}
				variables.put("proposal", proposal);
				if ("grant".equals(proposal)) {
					Set<String> open = openGaps(completion);
					if (!open.isEmpty()) {
						throw DomainException.conflict("workpermit.error.gapsOpen", String.join(", ", open));
					}
					Object category = input.get("category");
					if (!List.of("A", "B", "C").contains(category)) {
						throw DomainException.invalid("category", "workpermit.error.category");
					}
					Object proposed = completion.processVariables().apply("proposedCategory");
					if (!category.equals(proposed)) {
						variables.put("categoryReason", text("categoryReason", input.get("categoryReason")));
					}
					variables.put("category", category);
					variables.put("refusalReasons", null);
				}
				else {
					variables.put("refusalReasons", text("refusalReasons", input.get("refusalReasons")));
				}
				return true;
			}
			case "signOff:requestExtension" -> {
				if (Boolean.TRUE.equals(completion.processVariables().apply("shortTerm"))) {
					throw DomainException.conflict("workpermit.error.noExtensionShortTerm");
				}
				return false;
			}
			case "cardIssue:issue" -> {
				return true;
			}
			case "cardIssue:refuse" -> {
				variables.put("refusalReasons", text("refusalReasons", input.get("refusalReasons")));
				return true;
			}
			default -> {
				return false;
			}
		}
	}

	private static Set<String> openGaps(Completion completion) {
		Object gaps = completion.processVariables().apply("gapItems");
		if (!(gaps instanceof Map<?, ?> listed)) {
			return Set.of();
		}
		Object filled = completion.processVariables().apply("gapsFilled");
		Set<String> done = (filled instanceof Collection<?> collection)
				? collection.stream().map(Object::toString).collect(Collectors.toSet()) : Set.of();
		return listed.keySet()
			.stream()
			.map(Object::toString)
			.filter((code) -> !done.contains(code))
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	static String text(String field, Object value) {
		String text = (value != null) ? value.toString().strip() : "";
		if (text.isEmpty()) {
			throw DomainException.invalid(field, "task.error.required", field);
		}
		if (text.length() > MAX_TEXT) {
			throw DomainException.invalid(field, "case.error.fieldTooLong", field, MAX_TEXT);
		}
		return text;
	}

	static LocalDate date(String field, Object value) {
		if (value == null || value.toString().isBlank()) {
			throw DomainException.invalid(field, "task.error.required", field);
		}
		try {
			return LocalDate.parse(value.toString().strip());
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid(field, "workpermit.error.date", field, value);
		}
	}

}
