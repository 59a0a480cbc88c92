package org.kjt.approvals.workpermit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseRules;
import org.kjt.approvals.cases.FormAssist;
import org.kjt.approvals.cases.Steps.Field;
import org.kjt.approvals.cases.Steps.Outcome;
import org.kjt.approvals.cases.Steps;

import org.springframework.stereotype.Component;

/**
 * 外国高端人才确认函 asked for on its own (Liaoning's foreign-expert division "协调实施外国人才签证制度"): the
 * employer of a category-A permit holder asks for the letter the talent (R) visa is
 * applied for with, e.g. for a new visa after the first one, or after a new passport. Who
 * may ask is checked at submission: a valid category-A card of this department held by
 * the applicant's organisation, the holder's passport as on the card (a new passport is
 * changed on the card first), an entry date within the card's validity. Not itself a
 * licence: received at once (no Art. 32 intake), the division reviews, its head signs;
 * the letter is issued, or refused with reasons and remedies.
 */
@Component
class TalentConfirmationRules implements CaseRules, FormAssist {

	static final String PROCESS = "talent-confirmation";

	static final String ITEM = "talent-confirmation";

	/** Why the letter is asked for. */
	enum Reason {

		/** A new talent visa (R), e.g. once the first has been used. */
		NEW_VISA,
		/** The holder's passport was renewed (already changed on the card). */
		NEW_PASSPORT,
		/** The letter issued with the Notice was lost. */
		LOST

	}

	// Not a licence: the review proposes to issue the letter or not, in words of its own.
	private static final Steps STEPS = Steps.of(PROCESS)
		.staff("confirmationReview", Outcome.of("issue"), Outcome.of("notIssue", Field.area("notIssuedReasons")))
		.staff("signOff", Outcome.of("approve"), Outcome.of("sendBack"))
		.build();

	private final Permits permits;

	private final WorkPermitLimits limits;

	TalentConfirmationRules(Permits permits, WorkPermitLimits limits) {
		this.permits = permits;
		this.limits = limits;
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
		LocalDate today = submission.today();
		Permits.Card card = this.permits.requireHeldValid(submission);
		String number = card.permitNumber();
		if (!"A".equals(card.category())) {
			throw DomainException.invalid("permitNumber", "workpermit.error.notCategoryA", number, card.category());
		}
		String reason = WorkPermitApplication.text(form, "confirmationReason", 16);
		if (Arrays.stream(Reason.values()).noneMatch((known) -> known.name().equals(reason))) {
			throw DomainException.invalid("confirmationReason", "workpermit.error.confirmationReason", reason);
		}
		String passport = WorkPermitApplication.text(form, "passportNumber", 20).toUpperCase(Locale.ROOT);
		if (!passport.equals(card.passportNumber().toUpperCase(Locale.ROOT))) {
			throw DomainException.invalid("passportNumber", "workpermit.error.confirmationPassport");
		}
		LocalDate entry = WorkPermitApplication.date(form, "plannedEntry");
		if (entry.isBefore(today) || entry.isAfter(card.validUntil())) {
			throw DomainException.invalid("plannedEntry", "workpermit.error.confirmationEntry", today,
					card.validUntil());
		}
		WorkPermitApplication.text(form, "consulate", 100);
		Map<String, Object> variables = new HashMap<>();
		variables.put("permitNumber", number);
		variables.put("timeLimitDays", this.limits.confirmation(submission.departmentCode()));
		return new Checked(Map.of(), variables);
	}

	/** The review's outcome is the proposal; the head's sign-off decides on it. */
	@Override
	public void complete(Completion completion, Map<String, Object> variables) {
		if ("confirmationReview".equals(completion.step())) {
			variables.put("proposal", "issue".equals(completion.outcome()) ? "grant" : "refuse");
		}
		// The head signs a letter only for a card that still is what was asked about.
		if ("signOff".equals(completion.step()) && "approve".equals(completion.outcome())
				&& "grant".equals(completion.processVariables().apply("proposal"))) {
			String number = String.valueOf(completion.processVariables().apply("permitNumber"));
			Permits.Card card = this.permits.latestCardLocked(number).orElse(null);
			if (!confirmable(card, completion.form().get("passportNumber"), completion.today())) {
				throw DomainException.conflict("workpermit.error.confirmationCardChanged", number);
			}
		}
	}

	/**
	 * Whether a card can be confirmed now: valid, category A, the passport asked about.
	 * @param card the card, if any
	 * @param passport the passport number on the request
	 * @param today the day
	 * @return true if so
	 */
	static boolean confirmable(Permits.@Nullable Card card, @Nullable Object passport, LocalDate today) {
		return card != null && card.effectiveStatus(today) == PermitStatus.VALID && "A".equals(card.category())
				&& passport != null && card.passportNumber().equalsIgnoreCase(passport.toString().strip());
	}

	@Override
	public List<String> choices(String field) {
		return "confirmationReason".equals(field) ? Arrays.stream(Reason.values()).map(Enum::name).toList() : List.of();
	}

	/**
	 * Nothing to compute while the form is filled in: the card is checked at submission.
	 */
	@Override
	public List<String> live(Map<String, Object> form, Locale locale) {
		return List.of();
	}

	@Override
	public boolean isDate(String field) {
		return "plannedEntry".equals(field);
	}

}
