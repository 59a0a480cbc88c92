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
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * 因公出国(境)任务审批: Liaoning's foreign-expert division approves the official trips abroad of
 * the science system's staff ("按权限承办科技系统人员的因公出国(境)任务审批工作"). Unlike a training plan, the
 * limits of a temporary official trip bind here (at most 6 people and 3 countries; 5, 8
 * or 10 days for 1, 2 or 3 countries, counting departure and return): a trip beyond them
 * is refused at submission with the limit, and so is a change of participants that breaks
 * them. An internal approval, not a licence: the division reviews, its head signs, the
 * opinion is 同意 / 不同意 with reasons; then the same publicity before departure and report
 * after return as a training trip.
 */
@Component
class OfficialTripRules implements CaseRules, FormAssist {

	static final String PROCESS = "official-trip";

	static final String ITEM = "official-trip";

	private static final Steps STEPS = Steps.of(PROCESS)
		.staff("review",
				Outcome.of("propose",
						Field.choice("reviewOpinion", "agree", "disagree").error("outbound.error.opinion"),
						Field.area("disagreeReasons").when("reviewOpinion", "disagree")),
				Outcome.of("return", Field.area("returnReasons")))
		.staff("signOff", Outcome.of("approve"), Outcome.of("sendBack"))
		.applicant("revise")
		.applicant("publicity")
		.applicant("travel")
		.applicant("report")
		.staff("reportFollowUp", Outcome.of("done"))
		.build();

	private final BigDecimal maxPerPersonPerDay;

	private final MessageSource messages;

	OfficialTripRules(@Value("${approvals.outbound.max-per-person-per-day-cny:3000}") BigDecimal maxPerPersonPerDay,
			MessageSource messages) {
		this.maxPerPersonPerDay = maxPerPersonPerDay;
		this.messages = messages;
	}

	@Override
	public Steps steps() {
		return STEPS;
	}

	@Override
	public boolean handles(String itemCode) {
		return ITEM.equals(itemCode);
	}

	@Override
	public Checked checkSubmission(Submission submission) {
		Map<String, Object> form = submission.form();
		TripPlan plan = TripPlan.official(form);
		List<TripPlan.Breach> breaches = plan.breaches(this.maxPerPersonPerDay);
		if (!breaches.isEmpty()) {
			// Each limit as a message of its own, worded in the reader's language when
			// shown.
			Object[] limits = breaches.stream()
				.map((breach) -> new DefaultMessageSourceResolvable(new String[] { breach.key() },
						new Object[] { breach.value(), breach.limit() }))
				.toArray();
			throw DomainException.invalid(breaches.get(0).field(), "outbound.error.tripLimits" + limits.length, limits);
		}
		if (plan.departure().isBefore(submission.today())) {
			throw DomainException.invalid("itinerary", "outbound.error.departurePast", plan.departure());
		}
		Map<String, Object> derived = new LinkedHashMap<>();
		derived.put("groupSize", plan.groupSize());
		derived.put("days", plan.days());
		derived.put("perPersonPerDayCny", plan.perPersonPerDay().toPlainString());
		derived.put("advisories", describe(plan.advisories(this.maxPerPersonPerDay), Locale.SIMPLIFIED_CHINESE));
		Map<String, Object> variables = new HashMap<>();
		variables.put("projectType", TripPlan.OFFICIAL);
		variables.put("totalBudgetCny", plan.budgetCny());
		variables.put("groupSize", plan.groupSize());
		variables.put("departureDate", plan.departure().toString());
		variables.put("returnDate", plan.returnDate().toString());
		return new Checked(derived, variables);
	}

	@Override
	public @Nullable String applicantPage(String step, long caseId) {
		return OutboundRules.isApplicantStep(step) ? "portal/outbound/" + caseId : null;
	}

	@Override
	public Optional<Table> table(String field) {
		return OutboundRules.tripTable(field);
	}

	/** Each limit of a temporary trip, kept or exceeded, while the form is filled in. */
	@Override
	public List<String> live(Map<String, Object> form, Locale locale) {
		if (!form.containsKey("itinerary") || !form.containsKey("participants") || !form.containsKey("budgetCny")) {
			return List.of();
		}
		try {
			TripPlan plan = TripPlan.official(form);
			List<String> lines = new ArrayList<>();
			lines.add(message("outbound.live.figures", locale, plan.groupSize(), plan.countries().size(), plan.days(),
					plan.perPersonPerDay().toPlainString()));
			List<TripPlan.Breach> breaches = plan.breaches(this.maxPerPersonPerDay);
			if (breaches.isEmpty()) {
				lines.add(message("outbound.live.tripOk", locale, TripPlan.MAX_GROUP, TripPlan.MAX_COUNTRIES,
						TripPlan.MAX_DAYS.get(Math.min(plan.countries().size(), TripPlan.MAX_COUNTRIES))));
			}
			breaches
				.forEach((breach) -> lines.add("⚠ " + message(breach.key(), locale, breach.value(), breach.limit())));
			plan.advisories(this.maxPerPersonPerDay)
				.forEach((note) -> lines.add("ℹ " + message(note.key(), locale, note.value(), note.limit())));
			return lines;
		}
		catch (DomainException ex) {
			return List.of(message(ex.messageKey(), locale, ex.arguments()));
		}
	}

	private String describe(List<TripPlan.Breach> breaches, Locale locale) {
		List<String> lines = new ArrayList<>();
		breaches.forEach((breach) -> lines.add(message(breach.key(), locale, breach.value(), breach.limit())));
		return String.join(";", lines);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
