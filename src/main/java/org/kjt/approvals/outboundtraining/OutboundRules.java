package org.kjt.approvals.outboundtraining;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseRules;
import org.kjt.approvals.cases.FormAssist;
import org.kjt.approvals.cases.Steps.Field;
import org.kjt.approvals.cases.Steps.Outcome;
import org.kjt.approvals.cases.Steps;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The checks before anyone signs, computed while the unit fills in the form and again at
 * submission. A general project is never refused on a rule (Jilin files it; Liaoning
 * checks it for completeness): what it exceeds is an advisory note. A key project that
 * breaks a key-programme rule goes ahead only with a written justification, and its
 * breaches are stored with the form for every signer to see. Also the steps' outcomes.
 */
@Component
class OutboundRules implements CaseRules, FormAssist {

	static final String PROCESS = "outbound-training";

	private final BigDecimal maxPerPersonPerDay;

	private final MessageSource messages;

	OutboundRules(@Value("${approvals.outbound.max-per-person-per-day-cny:3000}") BigDecimal maxPerPersonPerDay,
			MessageSource messages) {
		this.maxPerPersonPerDay = maxPerPersonPerDay;
		this.messages = messages;
	}

	private static final Steps STEPS = Steps.of(PROCESS)
		.staffWithOwnLimit("completenessCheck", Outcome.of("file"), returned())
		.staff("review",
				// An internal sign-off: its opinion is 同意 / 不同意, not 准予 / 不予许可.
				Outcome.of("propose",
						Field.choice("reviewOpinion", "agree", "disagree").error("outbound.error.opinion"),
						Field.area("disagreeReasons").when("reviewOpinion", "disagree")),
				returned())
		.staff("signOff", Outcome.of("approve"), Outcome.of("sendBack"))
		.staff("leaderSignOff", Outcome.of("approve"), Outcome.of("sendBack"),
				// Code as before (process versions still running use it); its label is
				// 不同意.
				Outcome.of("refuse", Field.area("disagreeReasons")))
		.applicant("revise")
		.applicant("publicity")
		.applicant("travel")
		.applicant("report")
		.staff("reportFollowUp", Outcome.of("done"))
		.build();

	/**
	 * Local practice: the completeness check of a general project within 5 working days.
	 */
	static final int COMPLETENESS_CHECK_WORKING_DAYS = 5;

	@Override
	public int intakeWorkingDays() {
		return COMPLETENESS_CHECK_WORKING_DAYS;
	}

	@Override
	public Steps steps() {
		return STEPS;
	}

	/**
	 * Whether the unit acts on a step, on its trips page.
	 * @param step BPMN task id
	 * @return true for the unit's own steps
	 */
	static boolean isApplicantStep(String step) {
		return STEPS.step(step).map((declared) -> declared.actor() == Steps.Actor.APPLICANT).orElse(false);
	}

	/** Returned to the unit for changes, with the reasons. */
	private static Outcome returned() {
		return Outcome.of("return", Field.area("returnReasons"));
	}

	/**
	 * Cases started on the process version before the opinion had its own field read
	 * {@code proposal} and {@code refusalReasons}: they are written too.
	 */
	@Override
	public void complete(Completion completion, Map<String, Object> variables) {
		if ("review".equals(completion.step()) && "propose".equals(completion.outcome())) {
			boolean agreed = "agree".equals(completion.fields().get("reviewOpinion"));
			variables.put("proposal", agreed ? "grant" : "refuse");
			variables.put("refusalReasons", completion.fields().get("disagreeReasons"));
		}
	}

	@Override
	public boolean handles(String itemCode) {
		return PROCESS.equals(itemCode);
	}

	@Override
	public Checked checkSubmission(Submission submission) {
		Map<String, Object> form = submission.form();
		TripPlan plan = TripPlan.parse(form);
		List<TripPlan.Breach> breaches = plan.breaches(this.maxPerPersonPerDay);
		if (!breaches.isEmpty()) {
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
		derived.put("advisories", describe(plan.advisories(this.maxPerPersonPerDay), Locale.SIMPLIFIED_CHINESE));
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
	public @Nullable String applicantPage(String step, long caseId) {
		return isApplicantStep(step) ? "portal/outbound/" + caseId : null;
	}

	@Override
	public List<String> choices(String field) {
		return "projectType".equals(field) ? List.of("GENERAL", "KEY") : List.of();
	}

	/**
	 * The itinerary and the participants are tables on the form, kept as the text read
	 * here.
	 */
	@Override
	public Optional<Table> table(String field) {
		return tripTable(field);
	}

	/** The itinerary and participants tables, the same on every trip's form. */
	static Optional<Table> tripTable(String field) {
		return switch (field) {
			case "itinerary" -> Optional.of(new Table(":",
					List.of(new Column("outbound.table.country", ColumnKind.TEXT),
							new Column("outbound.table.from", ColumnKind.DATE),
							new Column("outbound.table.to", ColumnKind.DATE))));
			case "participants" -> Optional.of(new Table("|",
					List.of(new Column("outbound.table.name", ColumnKind.TEXT),
							new Column("outbound.table.post", ColumnKind.TEXT),
							new Column("outbound.table.unit", ColumnKind.TEXT),
							new Column("outbound.table.age", ColumnKind.NUMBER))));
			default -> Optional.empty();
		};
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
			List<TripPlan.Breach> advisories = plan.advisories(this.maxPerPersonPerDay);
			if ("KEY".equals(plan.projectType()) && breaches.isEmpty()) {
				lines.add(message("outbound.live.ok", locale));
			}
			if (!"KEY".equals(plan.projectType()) && advisories.isEmpty()) {
				lines.add(message("outbound.live.okGeneral", locale));
			}
			breaches
				.forEach((breach) -> lines.add("⚠ " + message(breach.key(), locale, breach.value(), breach.limit())));
			advisories.forEach((note) -> lines.add("ℹ " + message(note.key(), locale, note.value(), note.limit())));
			if ("KEY".equals(plan.projectType())) {
				lines.add("ℹ " + message("outbound.signOffLocal", locale));
			}
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
