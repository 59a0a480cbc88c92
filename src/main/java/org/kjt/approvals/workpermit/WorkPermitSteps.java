package org.kjt.approvals.workpermit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.flowable.engine.delegate.DelegateExecution;
import org.kjt.approvals.base.Masking;
import org.kjt.approvals.base.Translations;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseSteps;
import org.kjt.approvals.documents.DocumentNumbers;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.procedure.ProcedureNotice;
import org.kjt.approvals.procedure.ProcedureSteps;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The work-permit processes' own steps, called from their BPMN as
 * {@code ${workPermitSteps.…}}: the 工作许可通知, the card with the lifelong permit number, the
 * refusals of the card, and the amendments of a card.
 */
@Component("workPermitSteps")
public class WorkPermitSteps {

	/** Cards of categories A and B run up to five years, C up to one. */
	static final int MAX_YEARS_AB = 5;

	static final int MAX_YEARS_C = 1;

	/** After entry the card is applied for within this many days. */
	static final int CARD_DAYS_AFTER_ENTRY = 15;

	private final CaseSteps caseSteps;

	private final DocumentNumbers numbers;

	private final ProcedureSteps procedureSteps;

	private final Permits permits;

	private final OrgStructure orgStructure;

	private final Clock clock;

	private final MessageSource messages;

	private final WorkPermitLimits limits;

	private final Accounts accounts;

	WorkPermitSteps(CaseSteps caseSteps, DocumentNumbers numbers, ProcedureSteps procedureSteps, Permits permits,
			OrgStructure orgStructure, Clock clock, MessageSource messages, WorkPermitLimits limits,
			Accounts accounts) {
		this.accounts = accounts;
		this.limits = limits;
		this.messages = messages;
		this.caseSteps = caseSteps;
		this.numbers = numbers;
		this.procedureSteps = procedureSteps;
		this.permits = permits;
		this.orgStructure = orgStructure;
		this.clock = clock;
	}

	/**
	 * The decision: a grant issues the 工作许可通知 with its number, addressed to the employer
	 * and the person, with the full passport number (masked for other readers) and what
	 * comes next: the visa it is used for (Z; R for category A, with the 外国高端人才确认函), or
	 * for a person already in China the card at once, or for work of 90 days or less
	 * nothing more (the case ends with the Notice). A refusal states reasons and
	 * remedies.
	 * @param execution the process execution
	 */
	public void decide(DelegateExecution execution) {
		if (!"grant".equals(execution.getVariable("proposal"))) {
			this.procedureSteps.decided(execution, null, null);
			this.caseSteps.conclude(execution, CaseStatus.REFUSED, "refuse");
			return;
		}
		Map<String, Object> form = this.caseSteps.form(execution);
		String category = (String) execution.getVariable("category");
		// Cases started before in-country and short-term paths existed (no inCountry
		// variable) still go on to the card after entry: their Notice says so.
		boolean legacy = !execution.hasVariable("inCountry");
		boolean shortTerm = !legacy && Boolean.TRUE.equals(execution.getVariable("shortTerm"));
		boolean inCountry = !shortTerm && Boolean.TRUE.equals(execution.getVariable("inCountry"));
		String visa = visaType(category, shortTerm);
		String next = shortTerm ? message("notice.workPermit.next.shortTerm", visa)
				: inCountry ? message("notice.workPermit.next.inCountry")
						: message("R".equals(visa) ? "notice.workPermit.next.visaR" : "notice.workPermit.next.visa",
								visa, CARD_DAYS_AFTER_ENTRY);
		// In China already: the written decision, not a Notice for a visa.
		String number = this.caseSteps.grantWith(execution, WorkPermitNotice.WORK_PERMIT_NOTICE,
				inCountry ? "notice.workPermit.titleInCountry" : "notice.workPermit.title", "notice.workPermit.body",
				form.get("holderName"), form.get("nationality"),
				String.valueOf(form.get("passportNumber")).toUpperCase(Locale.ROOT), category,
				message("workpermit.category." + category), form.get("post"), form.get("workAddress"),
				form.get("contractStart"), form.get("contractEnd"), next);
		execution.setVariable("noticeNumber", number);
		execution.setVariable("visaType", inCountry ? "NONE" : visa);
		if ("R".equals(visa) && !inCountry) {
			this.caseSteps.notice(execution, WorkPermitNotice.TALENT_CONFIRMATION, "notice.talentConfirmation.title",
					"notice.talentConfirmation.body", form.get("holderName"), form.get("nationality"),
					String.valueOf(form.get("passportNumber")).toUpperCase(Locale.ROOT), number);
		}
		if (inCountry) {
			String department = (String) execution.getVariable("departmentCode");
			LocalDate due = this.caseSteps.addWorkingDays(LocalDate.now(this.clock), this.limits.cardIssue(department));
			execution.setVariable("cardDue", this.caseSteps.endOfDay(due));
		}
	}

	/**
	 * Work of 90 days or less: no card follows, the Notice ends the case.
	 * @param execution the process execution
	 */
	public void noticeOnly(DelegateExecution execution) {
		this.caseSteps.conclude(execution, CaseStatus.GRANTED, "grant");
	}

	/**
	 * The visa the Notice is used for: Z, or R for high-end talent (category A) working
	 * more than 90 days.
	 */
	static String visaType(String category, boolean shortTerm) {
		return ("A".equals(category) && !shortTerm) ? "R" : "Z";
	}

	/** Applied for later than 15 days after entry: refused, with the reason. */
	public void cardRefusedLate(DelegateExecution execution) {
		this.caseSteps.notice(execution, ProcedureNotice.REFUSAL, "notice.cardLate.title", "notice.cardLate.body",
				execution.getVariable("entryDate"), LocalDate.now(this.clock), CARD_DAYS_AFTER_ENTRY,
				this.procedureSteps.remedies(execution));
		this.caseSteps.conclude(execution, CaseStatus.REFUSED, "card-late");
	}

	/** The office refused to issue the card, with reasons. */
	public void cardRefused(DelegateExecution execution) {
		this.caseSteps.notice(execution, ProcedureNotice.REFUSAL, "notice.cardRefused.title", "notice.cardRefused.body",
				execution.getVariable("refusalReasons"), this.procedureSteps.remedies(execution));
		this.caseSteps.conclude(execution, CaseStatus.REFUSED, "card-refused");
	}

	/**
	 * Issues the card: the person keeps the permit number they already have (found by a
	 * previous number or by nationality, date of birth and passport), or gets a new one.
	 * @param execution the process execution
	 */
	public void issueCard(DelegateExecution execution) {
		Map<String, Object> form = this.caseSteps.form(execution);
		String department = (String) execution.getVariable("departmentCode");
		long caseId = ((Number) execution.getVariable("caseId")).longValue();
		LocalDate today = LocalDate.now(this.clock);
		String name = form.get("holderName").toString();
		String nationality = form.get("nationality").toString().toUpperCase(Locale.ROOT);
		String passport = form.get("passportNumber").toString().toUpperCase(Locale.ROOT);
		LocalDate birth = LocalDate.parse(form.get("dateOfBirth").toString());
		Object previous = form.get("previousPermitNumber");
		String number = ((previous != null && !previous.toString().isBlank())
				? this.permits.personByNumber(previous.toString().strip(), nationality, birth)
				: this.permits.personByIdentity(nationality, birth, passport))
			.orElse(null);
		if (number == null) {
			number = newNumber(department, today.getYear());
			this.permits.insertPerson(number, name, nationality, birth, passport, this.clock.instant());
		}
		else {
			this.permits.updatePerson(number, name, passport);
		}
		String category = (String) execution.getVariable("category");
		LocalDate contractEnd = LocalDate.parse(form.get("contractEnd").toString());
		LocalDate cap = today.plusYears("C".equals(category) ? MAX_YEARS_C : MAX_YEARS_AB).minusDays(1);
		LocalDate validUntil = contractEnd.isAfter(cap) ? cap : contractEnd;
		Map.Entry<String, String> employer = this.caseSteps.applicant(execution);
		String creditCode = this.accounts.find(employer.getKey()).map(AppUser::creditCode).orElse(null);
		this.permits.insertCard(number, caseId, department, employer.getKey(), creditCode, employer.getValue(),
				category, form.get("post").toString(), form.get("workAddress").toString(),
				(String) execution.getVariable("noticeNumber"),
				// Applied for from inside China: there was no entry on the Notice.
				(execution.getVariable("entryDate") != null)
						? LocalDate.parse((String) execution.getVariable("entryDate")) : null,
				today, validUntil, this.clock.instant());
		execution.setVariable("permitNumber", number);
		this.caseSteps.record(execution, WorkPermitHistoryType.CARD_ISSUED, "cardIssue",
				number + " · " + today + " – " + validUntil);
		this.caseSteps.conclude(execution, CaseStatus.GRANTED, "card-issued");
	}

	/** Extension or change approved: the card is amended and the decision issued. */
	public void amend(DelegateExecution execution) {
		String number = (String) execution.getVariable("permitNumber");
		Permits.Card card = this.permits.latestCardLocked(number)
			.orElseThrow(() -> new IllegalStateException("No card " + number));
		String what;
		if ("EXTENSION".equals(execution.getVariable("amendment"))) {
			LocalDate until = LocalDate.parse((String) execution.getVariable("newValidUntil"));
			this.permits.extend(card.id(), until, this.clock.instant());
			what = message("workpermit.amended.EXTENSION", until);
		}
		else {
			String kind = (String) execution.getVariable("changeKind");
			String value = (String) execution.getVariable("newValue");
			switch (kind) {
				case "NAME" -> this.permits.updatePerson(number, value, card.passportNumber());
				case "PASSPORT" -> this.permits.updatePerson(number, card.holderName(), value);
				default -> this.permits.changePost(card.id(), value, this.clock.instant());
			}
			what = message("workpermit.amended." + kind, "PASSPORT".equals(kind) ? Masking.identifier(value) : value);
		}
		this.caseSteps.grantWith(execution, ProcedureNotice.GRANT, "notice.amendment.title", "notice.amendment.body",
				number, what);
		this.caseSteps.conclude(execution, CaseStatus.GRANTED, "grant");
	}

	/**
	 * Art. 50: the extension was not decided by the end of the card's last valid day, so
	 * it is deemed granted; the open review or sign-off was ended by the timer.
	 * @param execution the process execution
	 */
	public void deemedExtended(DelegateExecution execution) {
		String number = (String) execution.getVariable("permitNumber");
		Permits.Card card = this.permits.latestCardLocked(number)
			.orElseThrow(() -> new IllegalStateException("No card " + number));
		LocalDate until = LocalDate.parse((String) execution.getVariable("newValidUntil"));
		this.permits.extend(card.id(), until, this.clock.instant());
		this.caseSteps.grantWith(execution, ProcedureNotice.GRANT, "notice.extensionDeemed.title",
				"notice.extensionDeemed.body", number, card.validUntil(), until);
		this.caseSteps.conclude(execution, CaseStatus.GRANTED, "deemedGrant");
	}

	/** Extension or change refused, with reasons and remedies. */
	public void amendmentRefused(DelegateExecution execution) {
		this.procedureSteps.decided(execution, null, null);
		this.caseSteps.conclude(execution, CaseStatus.REFUSED, "refuse");
	}

	/**
	 * A request for a 外国高端人才确认函 is received: not a licence, so no 受理通知书; the employer is
	 * told by when the letter, or the reasons for not issuing it, will come.
	 * @param execution the process execution
	 */
	public void confirmationAccepted(DelegateExecution execution) {
		LocalDate today = LocalDate.now(this.clock);
		int limit = this.caseSteps.startClock(execution, today);
		this.caseSteps.notice(execution, WorkPermitNotice.TALENT_CONFIRMATION_RECEIPT,
				"notice.talentConfirmationReceived.title", "notice.talentConfirmationReceived.body",
				execution.getVariable("permitNumber"), today.toString(), limit);
	}

	/**
	 * A 外国高端人才确认函 asked for on its own is issued: for the holder as on the card now,
	 * citing the Notice the card was issued on. A card that since lapsed, was cancelled
	 * or now names another passport is not confirmed: the sign-off is refused (409) and
	 * the review finds against the request with its reasons.
	 * @param execution the process execution
	 */
	public void confirmationIssued(DelegateExecution execution) {
		String number = (String) execution.getVariable("permitNumber");
		Permits.Card card = this.permits.latestCardLocked(number)
			.orElseThrow(() -> new IllegalStateException("No card " + number));
		// The sign-off checked it under the same lock (TalentConfirmationRules): here it
		// only guards the letter.
		if (!TalentConfirmationRules.confirmable(card, this.caseSteps.form(execution).get("passportNumber"),
				LocalDate.now(this.clock))) {
			throw new IllegalStateException("Card " + number + " can no longer be confirmed");
		}
		this.caseSteps.grantWith(execution, WorkPermitNotice.TALENT_CONFIRMATION, "notice.talentConfirmation.title",
				"notice.talentConfirmation.body", card.holderName(), card.nationality(),
				card.passportNumber().toUpperCase(Locale.ROOT), card.noticeNumber());
		this.caseSteps.conclude(execution, CaseStatus.GRANTED, "grant");
	}

	/**
	 * Not issued, with the reasons and the remedies against it.
	 * @param execution the process execution
	 */
	public void confirmationRefused(DelegateExecution execution) {
		this.caseSteps.decide(execution, CaseStatus.REFUSED, "refuse");
		this.caseSteps.notice(execution, WorkPermitNotice.TALENT_CONFIRMATION_REFUSAL,
				"notice.talentConfirmationRefused.title", "notice.talentConfirmationRefused.body",
				execution.getVariable("permitNumber"), execution.getVariable("notIssuedReasons"),
				this.procedureSteps.remedies(execution));
		this.caseSteps.conclude(execution, CaseStatus.REFUSED, "refuse");
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Translations.CHINESE);
	}

	/**
	 * A new lifelong number in the configured format (by default local: the department's
	 * reference prefix, WP, the year, a sequence from the department's counter).
	 */
	private String newNumber(String department, int year) {
		String prefix = this.orgStructure.requireDepartment(department).referencePrefix();
		String format = this.limits.numberFormat();
		String legacyPrefix = prefix + "WP" + year;
		// Numbers issued in the shipped format before the counter existed count as used.
		int sequence = this.numbers.next(department, "WORK-PERMIT", year,
				WorkPermitLimits.DEFAULT_NUMBER_FORMAT.equals(format)
						? () -> (int) this.permits.countPersonsWithPrefix(legacyPrefix) : () -> 0);
		return String.format(Locale.ROOT, format, prefix, year, sequence);
	}

}
