package org.kjt.approvals.workpermit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.FormAssist;
import org.kjt.approvals.cases.Steps.Field;
import org.kjt.approvals.cases.Steps.Outcome;
import org.kjt.approvals.cases.Steps;
import org.kjt.approvals.procedure.LicenceApplicationRules;

import org.springframework.stereotype.Component;

/**
 * 外国高端人才确认函 asked for on its own (Liaoning's foreign-expert division "协调实施外国人才签证制度"): the
 * employer of a category-A permit holder asks for the letter the talent (R) visa is
 * applied for with, e.g. for a new visa after the first one, or after a new passport. Who
 * may ask is checked at submission: a valid category-A card of this department held by
 * the applicant's organisation, the holder's passport as on the card (a new passport is
 * changed on the card first), an entry date within the card's validity. The division
 * reviews, its head signs; the letter is issued, or refused with reasons and remedies.
 */
@Component
class TalentConfirmationRules implements LicenceApplicationRules, FormAssist {

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

	private static final Steps STEPS = Steps.of(PROCESS)
		.staff("review", Outcome.of("approve"), Outcome.of("refuse", Field.area("refusalReasons")))
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
		String number = WorkPermitApplication.text(form, "permitNumber", 32);
		Permits.Card card = this.permits.latestCard(number)
			.filter((found) -> found.heldBy(submission.applicant()))
			.orElseThrow(() -> DomainException.invalid("permitNumber", "workpermit.error.permitUnknown", number));
		if (!card.departmentCode().equals(submission.departmentCode())) {
			throw DomainException.invalid("permitNumber", "workpermit.error.otherDepartment", number);
		}
		if (card.effectiveStatus(today) != PermitStatus.VALID) {
			throw DomainException.conflict("workpermit.error.permitNotValid", number, card.effectiveStatus(today));
		}
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
		if ("review".equals(completion.step())) {
			variables.put("proposal", "approve".equals(completion.outcome()) ? "grant" : "refuse");
		}
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
