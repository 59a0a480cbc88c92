package org.kjt.approvals.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

import org.flowable.engine.delegate.DelegateExecution;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.Phrase;
import org.kjt.approvals.cases.CaseFacts;
import org.kjt.approvals.cases.CaseHistoryType;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseSteps;
import org.kjt.approvals.cases.MaterialRequirement;
import org.kjt.approvals.cases.ServiceItem;
import org.kjt.approvals.orgstructure.OrgStructure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the licensing and work-permit processes call from their BPMN as
 * {@code ${procedureSteps.…}} (the bean name is the contract): the written acts of the
 * 行政许可法 procedure. Each runs in the engine's transaction, so a failure undoes the task
 * completion that led to it.
 */
@Component("procedureSteps")
public class ProcedureSteps {

	/** Art. 44: certificate or decision delivered within 10 working days. */
	static final int DELIVERY_WORKING_DAYS = 10;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final CaseSteps caseSteps;

	private final OrgStructure orgStructure;

	private final Clock clock;

	private final int correctionDays;

	ProcedureSteps(CaseSteps caseSteps, OrgStructure orgStructure, Clock clock,
			@Value("${approvals.correction-days:30}") int correctionDays) {
		this.correctionDays = (correctionDays > 0) ? correctionDays : 30;
		this.caseSteps = caseSteps;
		this.orgStructure = orgStructure;
		this.clock = clock;
	}

	/**
	 * Art. 32 (5): complete materials, accepted; the time limit starts.
	 * @param execution the process execution
	 */
	public void accepted(DelegateExecution execution) {
		int limit = this.caseSteps.startClock(execution, LocalDate.now(this.clock));
		acceptance(execution, "notice.acceptance.body", limit);
	}

	/**
	 * 容缺受理: accepted with minor gaps, each listed with the date it is due; the clock
	 * starts as on a normal acceptance.
	 * @param execution the process execution
	 */
	public void acceptedWithGaps(DelegateExecution execution) {
		accepted(execution);
		@SuppressWarnings("unchecked")
		Map<String, Object> gaps = (Map<String, Object>) execution.getVariable("gapItems");
		ServiceItem item = this.caseSteps.item(execution);
		String list = list(item, gaps);
		this.caseSteps.record(execution, CaseHistoryType.ACCEPTED_WITH_GAPS, "intake",
				list + "\n" + execution.getVariable("gapsDue"));
		this.caseSteps.notice(execution, ProcedureNotice.GAPS, "notice.gaps.title", "notice.gaps.body", item.name(),
				list, execution.getVariable("gapsDue"));
	}

	/**
	 * Art. 32: no intake decision within 5 working days, so accepted as of the day
	 * received.
	 * @param execution the process execution
	 */
	public void deemedAccepted(DelegateExecution execution) {
		CaseFacts before = this.caseSteps.facts(execution);
		LocalDate received = before.receivedOn();
		this.caseSteps.record(execution, CaseHistoryType.DEEMED_ACCEPTED, "intake",
				Phrase.of("record.deemedAccepted", before.intakeDeadline(), received));
		int limit = this.caseSteps.startClock(execution, received);
		acceptance(execution, "notice.acceptance.deemed", limit);
	}

	/**
	 * Art. 32 (1)(2): not accepted, with the reason and, if outside our powers, who
	 * decides.
	 * @param execution the process execution
	 */
	public void notAccepted(DelegateExecution execution) {
		this.caseSteps.conclude(execution, CaseStatus.NOT_ACCEPTED, "not-accepted");
		String competentAuthority = (String) execution.getVariable("competentAuthority");
		String authority = (competentAuthority == null || competentAuthority.isBlank()) ? ""
				: this.caseSteps.text("notice.nonAcceptance.authority", competentAuthority);
		this.caseSteps.notice(execution, ProcedureNotice.NON_ACCEPTANCE, "notice.nonAcceptance.title",
				"notice.nonAcceptance.body", this.caseSteps.item(execution).name(), execution.getVariable("reason"),
				authority, remedies(execution));
	}

	/**
	 * Art. 32 (4): ONE notice listing every missing or defective item.
	 * @param execution the process execution
	 */
	public void correctionRequested(DelegateExecution execution) {
		this.caseSteps.awaitCorrection(execution);
		@SuppressWarnings("unchecked")
		Map<String, Object> items = (Map<String, Object>) execution.getVariable("correctionItems");
		ServiceItem item = this.caseSteps.item(execution);
		// The notice says when the materials were received and by when to correct them
		// (the department's own period: approvals.correction-days).
		LocalDate received = this.caseSteps.facts(execution).receivedOn();
		LocalDate correctBy = LocalDate.now(this.clock).plusDays(this.correctionDays);
		// The applicant's task is due that day: they are reminded as it nears.
		execution.setVariable("correctionDue", this.caseSteps.endOfDay(correctBy));
		this.caseSteps.notice(execution, ProcedureNotice.CORRECTION, "notice.correction.title",
				"notice.correction.body", item.name(), list(item, items),
				(received != null) ? received : LocalDate.now(this.clock), correctBy);
	}

	/**
	 * The corrected materials are in: intake again, with a new Art. 32 limit.
	 * @param execution the process execution
	 */
	public void resubmitted(DelegateExecution execution) {
		this.caseSteps.receivedAgain(execution,
				this.caseSteps.addWorkingDays(LocalDate.now(this.clock), LicensingProcedure.INTAKE_WORKING_DAYS));
	}

	/**
	 * Art. 45: expert review, inspection, testing or a hearing is not counted; the
	 * applicant is told how long it is expected to take.
	 * @param execution the process execution
	 * @param reason the suspension code
	 */
	public void suspendClock(DelegateExecution execution, String reason) {
		this.caseSteps.suspend(execution, reason);
		Object expected = execution.getVariable("expectedDuration");
		this.caseSteps.notice(execution, ProcedureNotice.SUSPENSION, "notice.suspension.title",
				"notice.suspension.body", this.caseSteps.item(execution).name(),
				this.caseSteps.text("clock.suspension." + reason), (expected != null) ? expected : "—");
	}

	/**
	 * Art. 45: the suspension ends; the deadline moves by the working days it lasted.
	 * @param execution the process execution
	 */
	public void resumeClock(DelegateExecution execution) {
		this.caseSteps.resume(execution);
	}

	/**
	 * Art. 42: the leadership approved or denied the head's extension request.
	 * @param execution the process execution
	 */
	public void extensionDecided(DelegateExecution execution) {
		String reason = (String) execution.getVariable("extensionReason");
		if ("approve".equals(execution.getVariable("outcome"))) {
			this.caseSteps.extend(execution, reason);
			this.caseSteps.notice(execution, ProcedureNotice.EXTENSION, "notice.extension.title",
					"notice.extension.body", this.caseSteps.item(execution).name(), reason,
					date(this.caseSteps.facts(execution).deadline()));
		}
		else {
			this.caseSteps.record(execution, CaseHistoryType.EXTENSION_DENIED, "extensionApproval", "deny", reason);
		}
	}

	/**
	 * Art. 38: the written decision. Grant or refusal as proposed by the reviewer and
	 * approved by the head; a refusal states its reasons and the applicant's remedies.
	 * The decision is then delivered within 10 working days (Art. 44).
	 * @param execution the process execution
	 * @param licenceNumber the licence number when granted, else {@code null}
	 * @param licenceText what the licence says (holder, scope, validity), for the
	 * decision text
	 */
	public void decided(DelegateExecution execution, @Nullable String licenceNumber, @Nullable String licenceText) {
		String itemName = this.caseSteps.item(execution).name();
		if ("grant".equals(execution.getVariable("proposal"))) {
			this.caseSteps.decide(execution, CaseStatus.GRANTED, "grant");
			this.caseSteps.notice(execution, ProcedureNotice.GRANT, "notice.grant.title", "notice.grant.body", itemName,
					licenceNumber, licenceText);
		}
		else {
			this.caseSteps.decide(execution, CaseStatus.REFUSED, "refuse");
			this.caseSteps.notice(execution, ProcedureNotice.REFUSAL, "notice.refusal.title", "notice.refusal.body",
					itemName, execution.getVariable("refusalReasons"), remedies(execution));
		}
		execution.setVariable("deliveryDue", this.caseSteps
			.endOfDay(this.caseSteps.addWorkingDays(LocalDate.now(this.clock), DELIVERY_WORKING_DAYS)));
	}

	/**
	 * Art. 38: the remedies against a refusal (reconsideration within 60 days, litigation
	 * within 6 months), for refusal texts.
	 * @param execution the process execution
	 * @return the sentence
	 */
	public String remedies(DelegateExecution execution) {
		return this.caseSteps.text("notice.remedies",
				this.orgStructure.requireDepartment((String) execution.getVariable("departmentCode")).province());
	}

	private void acceptance(DelegateExecution execution, String bodyKey, int limit) {
		CaseFacts facts = this.caseSteps.facts(execution);
		this.caseSteps.notice(execution, ProcedureNotice.ACCEPTANCE, "notice.acceptance.title", bodyKey,
				this.caseSteps.item(execution).name(), date(facts.acceptedOn()), limit, date(facts.receivedOn()));
	}

	private static String list(ServiceItem item, Map<String, Object> items) {
		return items.entrySet()
			.stream()
			.map((entry) -> "· " + item.material(entry.getKey()).map(MaterialRequirement::name).orElse(entry.getKey())
					+ ":" + entry.getValue())
			.collect(Collectors.joining("\n"));
	}

	private static String date(@Nullable LocalDate date) {
		return (date != null) ? DATE.format(date) : "—";
	}

}
