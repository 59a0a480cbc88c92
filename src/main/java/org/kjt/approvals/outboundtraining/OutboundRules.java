package org.kjt.approvals.outboundtraining;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseRules;
import org.kjt.approvals.cases.FormAssist;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The checks before anyone signs, computed while the unit fills in the form and again at
 * submission: a general project that breaks a rule is not accepted (the message names the
 * rule and the value); a key project may go ahead with a written justification, and its
 * breaches are stored with the form for every signer to see. Also the steps' outcomes.
 */
@Component
class OutboundRules implements CaseRules, FormAssist {

	static final String PROCESS = "outbound-training";

	/** The steps the unit acts on, on its trips page. */
	static final List<String> APPLICANT_STEPS = List.of("revise", "publicity", "report");

	private final BigDecimal maxPerPersonPerDay;

	private final MessageSource messages;

	OutboundRules(@Value("${approvals.outbound.max-per-person-per-day-cny:3000}") BigDecimal maxPerPersonPerDay,
			MessageSource messages) {
		this.maxPerPersonPerDay = maxPerPersonPerDay;
		this.messages = messages;
	}

	@Override
	public boolean handles(String key) {
		return PROCESS.equals(key);
	}

	@Override
	public Checked checkSubmission(Submission submission) {
		Map<String, Object> form = submission.form();
		TripPlan plan = TripPlan.parse(form);
		List<TripPlan.Breach> breaches = plan.breaches(this.maxPerPersonPerDay);
		if (!breaches.isEmpty()) {
			TripPlan.Breach first = breaches.get(0);
			if ("GENERAL".equals(plan.projectType())) {
				throw DomainException.invalid(first.field(), first.key(), first.value(), first.limit());
			}
			Object justification = form.get("justification");
			if (justification == null || justification.toString().isBlank()) {
				throw DomainException.invalid("justification", "outbound.error.justification",
						describe(breaches, Locale.SIMPLIFIED_CHINESE));
			}
		}
		if (plan.departure().isBefore(submission.today())) {
			throw DomainException.invalid("itinerary", "outbound.error.departurePast", plan.departure());
		}
		Map<String, Object> derived = new LinkedHashMap<>();
		derived.put("groupSize", plan.groupSize());
		derived.put("days", plan.days());
		derived.put("perPersonPerDayCny", plan.perPersonPerDay().toPlainString());
		derived.put("breaches", describe(breaches, Locale.SIMPLIFIED_CHINESE));
		Map<String, Object> variables = new HashMap<>();
		variables.put("projectType", plan.projectType());
		variables.put("totalBudgetCny", plan.budgetCny());
		variables.put("groupSize", plan.groupSize());
		variables.put("breaches", breaches.isEmpty() ? "NO" : "YES");
		variables.put("departureDate", plan.departure().toString());
		variables.put("returnDate", plan.returnDate().toString());
		return new Checked(derived, variables);
	}

	private String describe(List<TripPlan.Breach> breaches, Locale locale) {
		List<String> lines = new ArrayList<>();
		breaches.forEach((breach) -> lines
			.add(this.messages.getMessage(breach.key(), new Object[] { breach.value(), breach.limit() }, locale)));
		return String.join(";", lines);
	}

	@Override
	public List<String> outcomes(String step) {
		return switch (step) {
			case "completenessCheck" -> List.of("file", "return");
			case "review" -> List.of("propose", "return");
			case "signOff" -> List.of("approve", "sendBack");
			case "leaderSignOff" -> List.of("approve", "sendBack", "refuse");
			case "reportFollowUp" -> List.of("done");
			default -> null;
		};
	}

	@Override
	public List<OutcomeField> fields(String step, String outcome) {
		return switch (step + ":" + outcome) {
			case "review:propose" -> List.of(OutcomeField.choice("proposal", List.of("grant", "refuse")),
					OutcomeField.area("refusalReasons", false));
			case "review:return", "completenessCheck:return" -> List.of(OutcomeField.area("returnReasons", true));
			case "leaderSignOff:refuse" -> List.of(OutcomeField.area("refusalReasons", true));
			default -> List.of();
		};
	}

	@Override
	public boolean complete(Completion completion, Map<String, Object> variables) {
		Map<String, Object> input = completion.fields();
		switch (completion.step() + ":" + completion.outcome()) {
			case "review:propose" -> {
				Object proposal = input.get("proposal");
				if (!"grant".equals(proposal) && !"refuse".equals(proposal)) {
					throw DomainException.invalid("proposal", "task.error.proposal");
				}
				variables.put("proposal", proposal);
				variables.put("refusalReasons",
						"refuse".equals(proposal) ? text("refusalReasons", input.get("refusalReasons")) : null);
			}
			case "review:return", "completenessCheck:return" ->
				variables.put("returnReasons", text("returnReasons", input.get("returnReasons")));
			case "leaderSignOff:refuse" ->
				variables.put("refusalReasons", text("refusalReasons", input.get("refusalReasons")));
			default -> {
				// approve, sendBack, file, done: the opinion is all.
			}
		}
		return true;
	}

	private static String text(String field, Object value) {
		String text = (value != null) ? value.toString().strip() : "";
		if (text.isEmpty()) {
			throw DomainException.invalid(field, "task.error.required", field);
		}
		if (text.length() > 2000) {
			throw DomainException.invalid(field, "case.error.fieldTooLong", field, 2000);
		}
		return text;
	}

	@Override
	public String applicantPage(String item, String step, long caseId) {
		return (PROCESS.equals(item) && APPLICANT_STEPS.contains(step)) ? "portal/outbound/" + caseId : null;
	}

	@Override
	public List<String> choices(String field) {
		return "projectType".equals(field) ? List.of("GENERAL", "KEY") : List.of();
	}

	/** The checks while the form is filled in: figures, and each breach with its rule. */
	@Override
	public List<String> live(Map<String, Object> form, Locale locale) {
		if (!form.containsKey("itinerary") || !form.containsKey("participants") || !form.containsKey("budgetCny")
				|| !form.containsKey("projectType")) {
			return List.of();
		}
		try {
			TripPlan plan = TripPlan.parse(form);
			List<String> lines = new ArrayList<>();
			lines.add(message("outbound.live.figures", locale, plan.groupSize(), plan.countries().size(), plan.days(),
					plan.perPersonPerDay().toPlainString()));
			List<TripPlan.Breach> breaches = plan.breaches(this.maxPerPersonPerDay);
			if (breaches.isEmpty()) {
				lines.add(message("outbound.live.ok", locale));
			}
			breaches
				.forEach((breach) -> lines.add("⚠ " + message(breach.key(), locale, breach.value(), breach.limit())));
			return lines;
		}
		catch (DomainException ex) {
			return List.of(message(ex.messageKey(), locale, ex.arguments()));
		}
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
