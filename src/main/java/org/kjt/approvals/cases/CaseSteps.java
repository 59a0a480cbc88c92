package org.kjt.approvals.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.flowable.engine.delegate.DelegateExecution;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.documents.IssuedNotice;
import org.kjt.approvals.documents.NoticeType;
import org.kjt.approvals.documents.Notices;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.orgstructure.StepRole;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The generic steps every approval process calls from its BPMN as {@code ${caseSteps.…}}:
 * the bean name is the contract. Each runs in the engine's transaction, so a failure
 * undoes the task completion that led to it.
 */
@Component("caseSteps")
public class CaseSteps {

	/** Art. 44: certificate or decision delivered within 10 working days. */
	static final int DELIVERY_WORKING_DAYS = 10;

	private final CaseFileRepository cases;

	private final Cases caseService;

	private final CaseClocks clocks;

	private final Notices notices;

	private final NoticeTexts texts;

	private final OrgStructure orgStructure;

	private final Catalogue catalogue;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final String deadlineCheckCycle;

	CaseSteps(CaseFileRepository cases, Cases caseService, CaseClocks clocks, Notices notices, NoticeTexts texts,
			OrgStructure orgStructure, Catalogue catalogue, WorkingDayCalendar calendar, Clock clock,
			@Value("${approvals.deadline-check-cycle:0 0 8 * * ?}") String deadlineCheckCycle) {
		this.cases = cases;
		this.caseService = caseService;
		this.clocks = clocks;
		this.notices = notices;
		this.texts = texts;
		this.orgStructure = orgStructure;
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.clock = clock;
		this.deadlineCheckCycle = deadlineCheckCycle;
	}

	/**
	 * The division responsible for a step, looked up from the routing table when the task
	 * is created, so a routing change applies to tasks created after it.
	 * @param execution the process execution
	 * @param role step role name
	 * @return the division code, used as candidate group
	 */
	public String division(DelegateExecution execution, String role) {
		return this.orgStructure
			.responsibleDivision((String) execution.getVariable("departmentCode"),
					(String) execution.getVariable("itemCode"), StepRole.valueOf(role))
			.code();
	}

	/**
	 * Art. 32 (5): complete materials, accepted; the time limit starts: the item's, or
	 * the process's own ({@code timeLimitDays}, e.g. 5 for work of 90 days or less).
	 */
	public void accepted(DelegateExecution execution) {
		CaseFile file = caseOf(execution);
		LocalDate today = today();
		file.accepted(today, this.clock.instant());
		ServiceItem item = this.catalogue.require(file.getDepartmentCode(), file.getItemCode());
		int limit = limit(execution, item);
		this.clocks.start(file, today, limit);
		deadline(execution, file);
		issue(file, NoticeType.ACCEPTANCE, this.texts.acceptance(file, item, false, limit));
	}

	/**
	 * 容缺受理: accepted with minor gaps, each listed with the date it is due; the clock
	 * starts as on a normal acceptance.
	 */
	public void acceptedWithGaps(DelegateExecution execution) {
		accepted(execution);
		CaseFile file = caseOf(execution);
		@SuppressWarnings("unchecked")
		Map<String, Object> gaps = (Map<String, Object>) execution.getVariable("gapItems");
		ServiceItem item = this.catalogue.require(file.getDepartmentCode(), file.getItemCode());
		String list = gaps.entrySet()
			.stream()
			.map((entry) -> "· " + item.material(entry.getKey()).map(MaterialRequirement::name).orElse(entry.getKey())
					+ ":" + entry.getValue())
			.collect(Collectors.joining("\n"));
		this.caseService.record(file, "system", CaseHistoryType.ACCEPTED_WITH_GAPS, "intake", null,
				list + "\n" + execution.getVariable("gapsDue"));
		issue(file, NoticeType.GAPS, this.texts.custom(file, "notice.gaps.title", "notice.gaps.body", item.name(), list,
				execution.getVariable("gapsDue")));
	}

	/**
	 * Issues a notice from a module's own templates ({0} applicant, {1} reference, {2}
	 * department, {3} date, then the arguments) and records it in the history.
	 * @param execution the process execution
	 * @param type notice type
	 * @param titleKey title message key
	 * @param bodyKey body message key
	 * @param arguments further template arguments
	 * @return the notice number
	 */
	public String notice(DelegateExecution execution, NoticeType type, String titleKey, String bodyKey,
			Object... arguments) {
		return issue(caseOf(execution), type, this.texts.custom(caseOf(execution), titleKey, bodyKey, arguments))
			.number();
	}

	/**
	 * A text for a module's notice, in the record's language.
	 * @param key message key
	 * @param arguments message arguments
	 * @return the text
	 */
	public String text(String key, Object... arguments) {
		return this.clocks.recordText(key, arguments);
	}

	/**
	 * The remedies against a refusal (reconsideration, litigation), for a module's
	 * refusal texts.
	 * @param execution the process execution
	 * @return the sentence
	 */
	public String remedies(DelegateExecution execution) {
		return this.texts.remedies((String) execution.getVariable("departmentCode"));
	}

	/**
	 * Sets where a case stands, for a module's own outcomes (e.g. a card refused, a
	 * filing recorded), stopping the clock.
	 * @param execution the process execution
	 * @param status the new status
	 * @param decision decision code stored with the case
	 */
	public void conclude(DelegateExecution execution, CaseStatus status, String decision) {
		CaseFile file = caseOf(execution);
		this.clocks.stop(file, today());
		file.decided(status, decision, today(), this.clock.instant());
		file.step(null, null, this.clock.instant());
	}

	/**
	 * Sets where a case stands without deciding it (e.g. returned for changes); the clock
	 * stops and starts again when the case comes back.
	 * @param execution the process execution
	 * @param status the new status
	 */
	public void status(DelegateExecution execution, CaseStatus status) {
		CaseFile file = caseOf(execution);
		this.clocks.stop(file, today());
		file.status(status, this.clock.instant());
	}

	/**
	 * Flags a case overdue (visible in the division's backlog) and records why.
	 * @param execution the process execution
	 * @param detail what is overdue
	 */
	public void flagOverdue(DelegateExecution execution, String detail) {
		CaseFile file = caseOf(execution);
		file.overdue();
		execution.setVariable("overdue", true);
		this.caseService.record(file, "system", CaseHistoryType.ESCALATED, null, null, detail);
	}

	/**
	 * The case's form (with the values derived at submission), for a module's steps.
	 * @param execution the process execution
	 * @return the form
	 */
	public Map<String, Object> form(DelegateExecution execution) {
		return this.caseService.form(caseOf(execution));
	}

	/**
	 * The applicant of the case: user name and display name.
	 * @param execution the process execution
	 * @return user name and name
	 */
	public Map.Entry<String, String> applicant(DelegateExecution execution) {
		CaseFile file = caseOf(execution);
		return Map.entry(file.getApplicantUsername(), file.getApplicantName());
	}

	/**
	 * The end of a day in the departments' zone, for due dates a module sets.
	 * @param date the day
	 * @return its last second
	 */
	public java.util.Date endOfDay(LocalDate date) {
		return this.clocks.endOfDay(date);
	}

	/**
	 * Records a history entry on the case of an execution.
	 * @param execution the process execution
	 * @param type entry type
	 * @param step step, may be null
	 * @param detail detail, may be null
	 */
	public void record(DelegateExecution execution, HistoryType type, @Nullable String step, @Nullable String detail) {
		this.caseService.record(caseOf(execution), "system", type, step, null, detail);
	}

	/**
	 * A grant whose written decision is a module's own document (e.g. the 工作许可通知): the
	 * clock stops, the case is granted and the document issued.
	 * @param execution the process execution
	 * @param type notice type
	 * @param titleKey title key
	 * @param bodyKey body key
	 * @param arguments template arguments
	 * @return the document number
	 */
	public String grantWith(DelegateExecution execution, NoticeType type, String titleKey, String bodyKey,
			Object... arguments) {
		CaseFile file = caseOf(execution);
		LocalDate today = today();
		this.clocks.stop(file, today);
		file.decided(CaseStatus.GRANTED, "grant", today, this.clock.instant());
		return issue(file, type, this.texts.custom(file, titleKey, bodyKey, arguments)).number();
	}

	private int limit(DelegateExecution execution, ServiceItem item) {
		Object own = execution.getVariable("timeLimitDays");
		return (own instanceof Number number) ? number.intValue() : item.timeLimitDays();
	}

	/**
	 * Art. 32: no intake decision within 5 working days, so accepted as of the day
	 * received.
	 */
	public void deemedAccepted(DelegateExecution execution) {
		CaseFile file = caseOf(execution);
		LocalDate received = file.getReceivedOn();
		file.accepted(received, this.clock.instant());
		ServiceItem item = this.catalogue.require(file.getDepartmentCode(), file.getItemCode());
		this.caseService.record(file, "system", CaseHistoryType.DEEMED_ACCEPTED, "intake", null, this.clocks
			.recordText("record.deemedAccepted", String.valueOf(file.getIntakeDeadline()), String.valueOf(received)));
		int limit = limit(execution, item);
		this.clocks.start(file, received, limit);
		deadline(execution, file);
		issue(file, NoticeType.ACCEPTANCE, this.texts.acceptance(file, item, true, limit));
	}

	/**
	 * Art. 32 (1)(2): not accepted, with the reason and, if outside our powers, who
	 * decides.
	 */
	public void notAccepted(DelegateExecution execution) {
		CaseFile file = caseOf(execution);
		file.decided(CaseStatus.NOT_ACCEPTED, "not-accepted", today(), this.clock.instant());
		issue(file, NoticeType.NON_ACCEPTANCE, this.texts.nonAcceptance(file, (String) execution.getVariable("reason"),
				(String) execution.getVariable("competentAuthority")));
		file.step(null, null, this.clock.instant());
	}

	/** Art. 32 (4): ONE notice listing every missing or defective item. */
	public void correctionRequested(DelegateExecution execution) {
		CaseFile file = caseOf(execution);
		file.correctionRequested(this.clock.instant());
		@SuppressWarnings("unchecked")
		Map<String, Object> items = (Map<String, Object>) execution.getVariable("correctionItems");
		ServiceItem item = this.catalogue.require(file.getDepartmentCode(), file.getItemCode());
		String list = items.entrySet()
			.stream()
			.map((entry) -> "· " + item.material(entry.getKey()).map(MaterialRequirement::name).orElse(entry.getKey())
					+ ":" + entry.getValue())
			.collect(Collectors.joining("\n"));
		issue(file, NoticeType.CORRECTION, this.texts.correction(file, list));
	}

	/** The corrected materials are in: intake again, with a new Art. 32 limit. */
	public void resubmitted(DelegateExecution execution) {
		CaseFile file = caseOf(execution);
		LocalDate today = today();
		LocalDate intakeDeadline = this.calendar.addWorkingDays(today, Cases.INTAKE_WORKING_DAYS).date();
		file.resubmitted(this.clock.instant(), today, intakeDeadline);
		execution.setVariable("intakeDue", this.clocks.endOfDay(intakeDeadline));
	}

	/**
	 * Art. 45: expert review, inspection or hearing is not counted; the applicant is
	 * told.
	 */
	public void suspendClock(DelegateExecution execution, String reason) {
		CaseFile file = caseOf(execution);
		this.clocks.suspend(file, today(), reason);
		issue(file, NoticeType.SUSPENSION,
				this.texts.suspension(file, reason, (String) execution.getVariable("expectedDuration")));
	}

	public void resumeClock(DelegateExecution execution) {
		CaseFile file = caseOf(execution);
		this.clocks.resume(file, today());
		deadline(execution, file);
	}

	/** Art. 42: the leadership approved or denied the head's extension request. */
	public void extensionDecided(DelegateExecution execution) {
		CaseFile file = caseOf(execution);
		String reason = (String) execution.getVariable("extensionReason");
		if ("approve".equals(execution.getVariable("outcome"))) {
			this.clocks.extend(file, today(), reason);
			deadline(execution, file);
			issue(file, NoticeType.EXTENSION, this.texts.extension(file, reason));
		}
		else {
			this.caseService.record(file, "system", CaseHistoryType.EXTENSION_DENIED, "extensionApproval", "deny",
					reason);
		}
	}

	/**
	 * Art. 38: the written decision. Grant or refusal as proposed by the reviewer and
	 * approved by the head; a refusal states its reasons and the applicant's remedies.
	 * @param execution the process execution
	 * @param licenceNumber the licence number when granted, else {@code null}
	 * @param licenceText what the licence says (holder, scope, validity), for the
	 * decision text
	 */
	public void decided(DelegateExecution execution, String licenceNumber, String licenceText) {
		CaseFile file = caseOf(execution);
		LocalDate today = today();
		boolean grant = "grant".equals(execution.getVariable("proposal"));
		this.clocks.stop(file, today);
		if (grant) {
			file.decided(CaseStatus.GRANTED, "grant", today, this.clock.instant());
			issue(file, NoticeType.GRANT, this.texts.grant(file, licenceNumber, licenceText));
		}
		else {
			file.decided(CaseStatus.REFUSED, "refuse", today, this.clock.instant());
			issue(file, NoticeType.REFUSAL, this.texts.refusal(file, (String) execution.getVariable("refusalReasons")));
		}
		execution.setVariable("deliveryDue",
				this.clocks.endOfDay(this.calendar.addWorkingDays(today, DELIVERY_WORKING_DAYS).date()));
	}

	/**
	 * Closes the case at the end of its last step (e.g. delivered, Art. 44): recorded,
	 * and no step is current any more.
	 * @param execution the process execution
	 * @param type the history entry
	 * @param step the step that ends
	 */
	public void close(DelegateExecution execution, HistoryType type, String step) {
		CaseFile file = caseOf(execution);
		this.caseService.record(file, "system", type, step, null, null);
		file.step(null, null, this.clock.instant());
	}

	/** The applicant withdrew before the decision. */
	public void withdrawn(DelegateExecution execution) {
		CaseFile file = caseOf(execution);
		if (file.getClockState() != ClockState.NOT_STARTED) {
			this.clocks.stop(file, today());
		}
		file.status(CaseStatus.WITHDRAWN, this.clock.instant());
		file.step(null, null, this.clock.instant());
		this.caseService.record(file, file.getApplicantUsername(), CaseHistoryType.WITHDRAWN, null, null,
				(String) execution.getVariable("withdrawReason"));
	}

	/**
	 * Runs from a timer on every step under the clock: reminds when 3 working days are
	 * left and escalates to the division head once overdue, each once per case.
	 * @param execution the process execution
	 */
	public void checkDeadline(DelegateExecution execution) {
		this.clocks.checkDeadline(caseOf(execution), today());
	}

	/**
	 * How often steps under the clock check their deadline (a cron expression,
	 * configurable).
	 * @return the timer cycle
	 */
	public String deadlineCheckCycle() {
		return this.deadlineCheckCycle;
	}

	/** Tasks created from now on carry the statutory deadline as their due date. */
	private void deadline(DelegateExecution execution, CaseFile file) {
		execution.setVariable("deadline", this.clocks.endOfDay(file.getDeadline()));
	}

	private IssuedNotice issue(CaseFile file, NoticeType type, NoticeTexts.Text text) {
		IssuedNotice notice = this.notices.issue(file.getDepartmentCode(), type, Cases.caseRef(file), text.title(),
				text.body(), "system");
		this.caseService.record(file, "system", CaseHistoryType.NOTICE_ISSUED, null, type.name(),
				notice.number() + " " + notice.title());
		return notice;
	}

	CaseFile caseOf(DelegateExecution execution) {
		Object caseId = execution.getVariable("caseId");
		return this.cases.lockById(((Number) caseId).longValue())
			.orElseThrow(() -> new IllegalStateException(
					"No case " + caseId + " for process " + execution.getProcessInstanceId()));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
