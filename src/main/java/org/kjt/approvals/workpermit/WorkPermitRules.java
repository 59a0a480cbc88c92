package org.kjt.approvals.workpermit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.Steps.Field;
import org.kjt.approvals.cases.Steps.Outcome;
import org.kjt.approvals.cases.Steps;
import org.kjt.approvals.documents.DocumentNumbers;
import org.kjt.approvals.procedure.LicenceApplicationRules;
import org.kjt.approvals.procedure.LicensingProcedure;

import org.springframework.stereotype.Component;

/**
 * What the work-permit process adds to the case machinery: the form's checks and the
 * points score at submission (category C only on a stated ground, the in-country basis);
 * 容缺受理 for category A only; the province's yearly category-C quota at the decision; the
 * reviewer's proposal with the category (changed only with a written reason); no
 * extension for work of 90 days or less; the card step.
 */
@Component
class WorkPermitRules implements LicenceApplicationRules {

	static final String PROCESS = "work-permit";

	/** The proposed category of an application that fits none (C without a ground). */
	static final String NO_CATEGORY = "NONE";

	/** Gaps accepted under 容缺受理 are due within at most this many days. */
	static final int MAX_GAP_DAYS = 30;

	private final PointsCalculator calculator;

	private final WorkPermitLimits limits;

	private final Permits permits;

	private final LicensingProcedure procedure;

	private final Steps steps;

	private final DocumentNumbers numbers;

	WorkPermitRules(PointsCalculator calculator, WorkPermitLimits limits, Permits permits, LicensingProcedure procedure,
			DocumentNumbers numbers) {
		this.numbers = numbers;
		this.calculator = calculator;
		this.limits = limits;
		this.permits = permits;
		this.procedure = procedure;
		this.steps = Steps.of(PROCESS)
			.add(procedure.intake().with(procedure.acceptWithGaps(), "correct"))
			.add(procedure.correction())
			.staff("review",
					Outcome.of("propose", Field.choice("proposal", "grant", "refuse").error("task.error.proposal"),
							Field.choice("category", "A", "B", "C")
								.error("workpermit.error.category")
								.when("proposal", "grant"),
							Field.area("categoryReason").optional().when("proposal", "grant"),
							Field.area("refusalReasons").when("proposal", "refuse")))
			.add(procedure.signOff())
			.add(procedure.extensionApproval())
			.applicant("cardApplication")
			.staff("cardIssue", Outcome.of("issue"), Outcome.of("refuse", Field.area("refusalReasons")))
			.build();
	}

	@Override
	public Steps steps() {
		return this.steps;
	}

	@Override
	public @Nullable String applicantPage(String step, long caseId) {
		return "cardApplication".equals(step) ? "portal/work-permits" : null;
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
		// C is not a fallback: below A and B without a stated C ground the application
		// fits
		// no category. It is still received, and refused in writing with the reasons and
		// remedies unless the reviewer finds a category (with a written reason).
		String proposed = ("C".equals(score.category()) && application.cGround() == null) ? NO_CATEGORY
				: score.category();
		if (application.inCountry() == InCountryBasis.CATEGORY_A_OTHER_VISA && !"A".equals(score.category())) {
			throw DomainException.invalid("inCountryBasis", "workpermit.error.inCountryNotA", score.category());
		}
		Map<String, Object> derived = new LinkedHashMap<>();
		derived.put("points", score.total());
		derived.put("pointsBreakdown", breakdown(score));
		derived.put("proposedCategory", proposed);
		Map<String, Object> variables = new HashMap<>();
		variables.put("shortTerm", application.shortTerm());
		variables.put("timeLimitDays", application.shortTerm() ? this.limits.shortTerm(submission.departmentCode())
				: this.limits.longTerm(submission.departmentCode(), score.category()));
		variables.put("proposedCategory", proposed);
		variables.put("category", proposed);
		variables.put("points", score.total());
		variables.put("inCountry", application.inCountry() != null);
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
	public void complete(Completion completion, Map<String, Object> variables) {
		Map<String, @Nullable Object> input = completion.fields();
		switch (completion.step() + ":" + completion.outcome()) {
			case "intake:acceptWithGaps" -> {
				if (!"A".equals(completion.processVariables().apply("category"))) {
					throw DomainException.conflict("workpermit.error.gapsOnlyA");
				}
				LocalDate due = LocalDate.parse((String) input.get("gapsDue"));
				if (!due.isAfter(completion.today()) || due.isAfter(completion.today().plusDays(MAX_GAP_DAYS))) {
					throw DomainException.invalid("gapsDue", "workpermit.error.gapsDue", MAX_GAP_DAYS);
				}
				variables.put("gapsFilled", List.of());
			}
			case "review:propose" -> {
				if ("grant".equals(input.get("proposal"))) {
					Set<String> open = openGaps(completion);
					if (!open.isEmpty()) {
						throw DomainException.conflict("workpermit.error.gapsOpen", String.join(", ", open));
					}
					// Another category than the points give only with a written reason.
					Object proposed = completion.processVariables().apply("proposedCategory");
					if (!input.get("category").equals(proposed) && input.get("categoryReason") == null) {
						throw DomainException.invalid("categoryReason", "task.error.required", "categoryReason");
					}
					Object ground = completion.form().get("cGround");
					// Cases received before the C ground was asked for (no inCountry
					// variable) are judged as before.
					boolean legacy = completion.processVariables().apply("inCountry") == null;
					if (!legacy && "C".equals(input.get("category"))
							&& (ground == null || ground.toString().isBlank())) {
						throw DomainException.invalid("category", "workpermit.error.cWithoutGround");
					}
				}
			}
			case "signOff:requestExtension" -> {
				if (Boolean.TRUE.equals(completion.processVariables().apply("shortTerm"))) {
					throw DomainException.conflict("workpermit.error.noExtensionShortTerm");
				}
				this.procedure.complete(completion, variables);
			}
			case "signOff:approve" -> {
				// The procedure's refusals first: no quota counter locked for nothing.
				this.procedure.complete(completion, variables);
				if ("grant".equals(completion.processVariables().apply("proposal"))
						&& "C".equals(completion.processVariables().apply("category"))) {
					takeCategoryCQuota(completion);
				}
			}
			default -> this.procedure.complete(completion, variables);
		}
	}

	/**
	 * A category-C grant counts against the province's yearly quota, checked at the
	 * decision under the department's number lock: two heads signing at once cannot both
	 * take the last place. Refused (409) once the year's quota is used.
	 */
	private void takeCategoryCQuota(Completion completion) {
		String department = completion.facts().departmentCode();
		int year = completion.today().getYear();
		int quota = this.limits.categoryCQuota(department);
		// Before the counter existed, the year's category-C cards stand for the grants.
		int taken = this.numbers.next(department, "WORK-PERMIT-C", year,
				() -> (int) this.permits.countCategoryCCards(department, year));
		if (taken > quota) {
			throw DomainException.conflict("workpermit.error.cQuota", year, quota);
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
			.collect(Collectors.toCollection(TreeSet::new));
	}

	static String text(String field, Object value) {
		String text = (value != null) ? value.toString().strip() : "";
		if (text.isEmpty()) {
			throw DomainException.invalid(field, "task.error.required", field);
		}
		if (text.length() > Steps.MAX_TEXT) {
			throw DomainException.invalid(field, "case.error.fieldTooLong", field, Steps.MAX_TEXT);
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
