package org.kjt.approvals.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.flowable.engine.delegate.DelegateExecution;
import org.kjt.approvals.base.Phrase;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.cases.CaseHistoryType;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseSteps;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.ServiceItem;
import org.kjt.approvals.documents.DocumentNumbers;
import org.kjt.approvals.procedure.ProcedureNotice;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.procedure.ProcedureSteps;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the licensing processes call from their BPMN as {@code ${licensingSteps.…}} (the
 * bean name is the contract): the decision and the licence it issues, renewal and change,
 * and the law only licences have: the hearing (Art. 46-48), interested parties (Art. 36)
 * and delivery (Art. 44).
 */
@Component("licensingSteps")
public class LicensingSteps {

	/** Art. 47: a hearing is requested within this many working days of being told. */
	static final int HEARING_REQUEST_WORKING_DAYS = 5;

	private final LicenceRepository licences;

	private final DocumentNumbers numbers;

	private final CaseSteps caseSteps;

	private final ProcedureSteps procedureSteps;

	private final Catalogue catalogue;

	private final Clock clock;

	private final OrgStructure orgStructure;

	private final WorkingDayCalendar calendar;

	private final Accounts accounts;

	LicensingSteps(LicenceRepository licences, DocumentNumbers numbers, CaseSteps caseSteps,
			ProcedureSteps procedureSteps, Catalogue catalogue, Clock clock, OrgStructure orgStructure,
			WorkingDayCalendar calendar, Accounts accounts) {
		this.licences = licences;
		this.numbers = numbers;
		this.caseSteps = caseSteps;
		this.procedureSteps = procedureSteps;
		this.catalogue = catalogue;
		this.clock = clock;
		this.orgStructure = orgStructure;
		this.calendar = calendar;
		this.accounts = accounts;
	}

	/**
	 * Art. 38/39: on a grant the licence is issued (number, holder, item, scope,
	 * validity), then the written decision; on a refusal only the decision.
	 * @param execution the process execution
	 */
	public void decide(DelegateExecution execution) {
		if (!"grant".equals(execution.getVariable("proposal"))) {
			this.procedureSteps.decided(execution, null, null);
			return;
		}
		long caseId = ((Number) execution.getVariable("caseId")).longValue();
		String department = (String) execution.getVariable("departmentCode");
		ServiceItem item = this.catalogue.require(department, (String) execution.getVariable("itemCode"));
		LicenceFacts facts = licenceFacts(execution);
		LocalDate issuedOn = LocalDate.now(this.clock);
		LocalDate validUntil = issuedOn.plusYears(item.licenceValidityYears()).minusDays(1);
		String number = nextNumber(department, item, issuedOn.getYear());
		this.licences.save(new Licence(number, caseId, department, item.code(), facts.holder(),
				facts.holderCreditCode(), facts.scope(), issuedOn, validUntil)
			.particulars(facts.facilityAddress(), facts.legalRepresentative()));
		String text = "持证单位:%s\n许可事项:%s\n许可范围:%s\n有效期:%s 至 %s".formatted(facts.holder(), item.name(), facts.scope(),
				issuedOn, validUntil);
		this.procedureSteps.decided(execution, number, text);
	}

	/**
	 * Art. 50: renewal granted; the licence runs for another period from the day after
	 * its current one ends, and the decision says until when.
	 * @param execution the process execution
	 */
	@Transactional
	public void renewed(DelegateExecution execution) {
		Licence licence = renew(execution);
		this.caseSteps.grantWith(execution, ProcedureNotice.GRANT, "notice.renewal.title", "notice.renewal.body",
				licence.getNumber(), licence.getHolder(), licence.getValidUntil());
		this.caseSteps.conclude(execution, CaseStatus.GRANTED, "grant");
	}

	/**
	 * Art. 50: no decision by the end of the licence's last valid day, so renewal is
	 * deemed granted; the open review or sign-off was ended by the timer.
	 * @param execution the process execution
	 */
	@Transactional
	public void deemedRenewed(DelegateExecution execution) {
		Licence licence = renew(execution);
		this.caseSteps.grantWith(execution, ProcedureNotice.GRANT, "notice.renewalDeemed.title",
				"notice.renewalDeemed.body", licence.getNumber(), licence.getHolder(), licence.getValidUntil());
		this.caseSteps.conclude(execution, CaseStatus.GRANTED, "deemedGrant");
	}

	/**
	 * Renewal refused: the written decision with reasons and remedies; the licence ends
	 * as it stands.
	 * @param execution the process execution
	 */
	public void renewalRefused(DelegateExecution execution) {
		this.procedureSteps.decided(execution, null, null);
		this.caseSteps.conclude(execution, CaseStatus.REFUSED, "refuse");
	}

	/**
	 * Art. 49: the change is granted; the licence states the new particular from now on.
	 * @param execution the process execution
	 */
	@Transactional
	public void changed(DelegateExecution execution) {
		Licence licence = licence(execution);
		String type = (String) execution.getVariable("changeType");
		String before = licence.current(type);
		String after = (String) execution.getVariable("newValue");
		licence.change(type, after);
		this.caseSteps.grantWith(execution, ProcedureNotice.GRANT, "notice.licenceChange.title",
				"notice.licenceChange.body", licence.getNumber(), this.caseSteps.text("licence.change." + type),
				(before != null) ? before : "—", after);
		this.caseSteps.conclude(execution, CaseStatus.GRANTED, "grant");
	}

	/**
	 * Change refused: the written decision with reasons and remedies; the licence stays
	 * as it is.
	 * @param execution the process execution
	 */
	public void changeRefused(DelegateExecution execution) {
		renewalRefused(execution);
	}

	private Licence licence(DelegateExecution execution) {
		String number = (String) execution.getVariable("licenceNumber");
		return this.licences.findByNumber(number)
			.orElseThrow(() -> new IllegalStateException("Licence " + number + " of a case is gone"));
	}

	private Licence renew(DelegateExecution execution) {
		Licence licence = licence(execution);
		ServiceItem licensed = this.catalogue.require(licence.getDepartmentCode(), licence.getItemCode());
		licence.renewUntil(licence.getValidUntil().plusYears(licensed.licenceValidityYears()));
		return licence;
	}

	/**
	 * Art. 47: the applicant (and interested parties) are told in writing of the right to
	 * a hearing, to be requested within 5 working days.
	 * @param execution the process execution
	 */
	public void hearingRights(DelegateExecution execution) {
		LocalDate due = this.calendar.addWorkingDays(LocalDate.now(this.clock), HEARING_REQUEST_WORKING_DAYS).date();
		execution.setVariable("hearingRequestDue", this.caseSteps.endOfDay(due));
		execution.setVariable("hearingRequestDueDate", due.toString());
		this.caseSteps.notice(execution, LicensingNotice.HEARING_RIGHTS, "notice.hearingRights.title",
				"notice.hearingRights.body", item(execution).name(), execution.getVariable("hearingMatter"),
				due.toString());
	}

	/**
	 * Art. 36: the interested parties the reviewer named are told; the applicant receives
	 * the notice too, with its right to state its case.
	 * @param execution the process execution
	 */
	public void interestedPartiesNotified(DelegateExecution execution) {
		this.caseSteps.notice(execution, LicensingNotice.INTERESTED_PARTIES, "notice.interestedParties.title",
				"notice.interestedParties.body", item(execution).name(), execution.getVariable("interestedParties"));
	}

	/**
	 * No hearing: declined, or not requested within the 5 working days.
	 * @param execution the process execution
	 */
	public void hearingWaived(DelegateExecution execution) {
		if (!Boolean.FALSE.equals(execution.getVariable("hearingRequestedByApplicant"))) {
			this.caseSteps.record(execution, LicensingHistoryType.HEARING_WAIVED, "hearingRequest",
					Phrase.of("record.hearingLapsed", execution.getVariable("hearingRequestDueDate")));
		}
	}

	/**
	 * Art. 48: the hearing is notified 7 days before, with its time, place and presiding
	 * officer.
	 * @param execution the process execution
	 */
	public void hearingScheduled(DelegateExecution execution) {
		String officer = (String) execution.getVariable("presidingOfficer");
		String officerName = this.accounts.find(officer).map(AppUser::displayName).orElse(officer);
		this.caseSteps.notice(execution, LicensingNotice.HEARING, "notice.hearing.title", "notice.hearing.body",
				execution.getVariable("hearingDate"), execution.getVariable("hearingPlace"), item(execution).name(),
				officerName);
	}

	/**
	 * Art. 44: delivered; the case is closed.
	 * @param execution the process execution
	 */
	public void delivered(DelegateExecution execution) {
		this.caseSteps.close(execution, CaseHistoryType.CLOSED, "delivery");
	}

	/**
	 * What a licence granted on this case states: the holder and the scope applied for.
	 */
	private LicenceFacts licenceFacts(DelegateExecution execution) {
		Map<String, Object> form = this.caseSteps.form(execution);
		Map.Entry<String, String> applicant = this.caseSteps.applicant(execution);
		String creditCode = this.accounts.find(applicant.getKey()).map(AppUser::creditCode).orElse(null);
		return new LicenceFacts(applicant.getValue(), creditCode, Objects.toString(form.get("scope"), ""),
				(String) form.get("facilityAddress"), (String) form.get("legalRepresentative"));
	}

	private ServiceItem item(DelegateExecution execution) {
		return this.catalogue.require((String) execution.getVariable("departmentCode"),
				(String) execution.getVariable("itemCode"));
	}

	/**
	 * 实验动物生产/使用许可证: SCXK or SYXK, province, year, sequence from the department's counter.
	 */
	private String nextNumber(String department, ServiceItem item, int year) {
		String kind = "lab-animal-production".equals(item.code()) ? "SCXK" : "SYXK";
		String province = this.orgStructure.requireDepartment(department).abbreviation();
		String prefix = "%s(%s)%d-".formatted(kind, province, year);
		// Licences issued before the counter existed count as used.
		return prefix + "%04d".formatted(this.numbers.next(department, "LICENCE-" + kind, year,
				() -> (int) this.licences.countWithPrefix(prefix)));
	}

}
