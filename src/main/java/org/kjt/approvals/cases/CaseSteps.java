package org.kjt.approvals.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.flowable.engine.delegate.DelegateExecution;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.Phrase;
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

	private final CaseFileRepository cases;

	private final CaseLocks locks;

	private final CaseHistory history;

	private final CaseForms forms;

	private final CaseClocks clocks;

	private final Notices notices;

	private final NoticeTexts texts;

	private final OrgStructure orgStructure;

	private final Catalogue catalogue;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final String deadlineCheckCycle;

	CaseSteps(CaseFileRepository cases, CaseLocks locks, CaseHistory history, CaseForms forms, CaseClocks clocks,
			Notices notices, NoticeTexts texts, OrgStructure orgStructure, Catalogue catalogue,
			WorkingDayCalendar calendar, Clock clock,
			@Value("${approvals.deadline-check-cycle:0 0 8 * * ?}") String deadlineCheckCycle) {
		this.cases = cases;
		this.locks = locks;
		this.history = history;
		this.forms = forms;
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
	 * The case waits at a step that is no task (e.g. an expert panel scoring, a public
	 * notice running): the applicant and staff see that step and the division that
	 * follows it.
	 * @param execution the process execution
	 * @param step the BPMN activity id
	 * @param role step role name of the division that follows it
	 */
	public void waitingAt(DelegateExecution execution, String step, String role) {
		caseOf(execution).step(step, division(execution, role), this.clock.instant());
	}

	/**
	 * Where the case stands, for a module's checks and texts.
	 * @param execution the process execution
	 * @return the case's facts
	 */
	public CaseFacts facts(DelegateExecution execution) {
		return CaseFacts.of(caseOf(execution));
	}

	/**
	 * The service item of the case.
	 * @param execution the process execution
	 * @return the item
	 */
	public ServiceItem item(DelegateExecution execution) {
		CaseFile file = caseOf(execution);
		return this.catalogue.require(file.getDepartmentCode(), file.getItemCode());
	}

	/**
	 * The case is accepted as of a day and its statutory clock starts with the process's
	 * limit: the item's, or the process's own ({@code timeLimitDays}, e.g. 5 for work of
	 * 90 days or less). Tasks created from now on carry the deadline as their due date.
	 * @param execution the process execution
	 * @param acceptedOn the day the clock runs from
	 * @return the limit in working days
	 */
	public int startClock(DelegateExecution execution, LocalDate acceptedOn) {
		CaseFile file = caseOf(execution);
		file.accepted(acceptedOn, this.clock.instant());
		Object own = execution.getVariable("timeLimitDays");
		int limit = (own instanceof Number number) ? number.intValue()
				: this.catalogue.require(file.getDepartmentCode(), file.getItemCode()).timeLimitDays();
		this.clocks.start(file, acceptedOn, limit);
		deadline(execution, file);
		return limit;
	}

	/**
	 * The case waits for the applicant's corrected materials.
	 * @param execution the process execution
	 */
	public void awaitCorrection(DelegateExecution execution) {
		caseOf(execution).correctionRequested(this.clock.instant());
	}

	/**
	 * The corrected materials are in: the case is received again today, with a new intake
	 * limit.
	 * @param execution the process execution
	 * @param intakeDeadline the last day of the new intake decision
	 */
	public void receivedAgain(DelegateExecution execution, LocalDate intakeDeadline) {
		caseOf(execution).resubmitted(this.clock.instant(), today(), intakeDeadline);
		execution.setVariable("intakeDue", this.clocks.endOfDay(intakeDeadline));
	}

	/**
	 * The statutory clock stops counting (the days it stands are added on resumption).
	 * @param execution the process execution
	 * @param reason why, as a suspension code
	 */
	public void suspend(DelegateExecution execution, String reason) {
		this.clocks.suspend(caseOf(execution), today(), reason);
	}

	/**
	 * The statutory clock counts again, the deadline moved by the days it stood.
	 * @param execution the process execution
	 */
	public void resume(DelegateExecution execution) {
		CaseFile file = caseOf(execution);
		this.clocks.resume(file, today());
		deadline(execution, file);
	}

	/**
	 * The deadline is extended once.
	 * @param execution the process execution
	 * @param reason why
	 */
	public void extend(DelegateExecution execution, String reason) {
		CaseFile file = caseOf(execution);
		this.clocks.extend(file, today(), reason);
		deadline(execution, file);
	}

	/**
	 * The case is decided today: the clock stops and the decision is stored (the case's
	 * current step stays, e.g. for delivery).
	 * @param execution the process execution
	 * @param status the decided status
	 * @param decision decision code
	 */
	public void decide(DelegateExecution execution, CaseStatus status, String decision) {
		CaseFile file = caseOf(execution);
		LocalDate today = today();
		this.clocks.stop(file, today);
		file.decided(status, decision, today, workingDaysToDecision(file, today), this.clock.instant());
	}

	/**
	 * Working days from acceptance to the decision, less the days the clock stood still
	 * (Art. 45), for the dashboard.
	 */
	private @Nullable Integer workingDaysToDecision(CaseFile file, LocalDate decidedOn) {
		// Only a case that was accepted has a decision period (a non-acceptance is
		// intake).
		LocalDate from = file.getAcceptedOn();
		if (from == null || decidedOn.isBefore(from)) {
			return null;
		}
		return Math.max(0, this.calendar.workingDaysBetween(from, decidedOn) - file.getSuspendedDays());
	}

	/**
	 * Working days from a day, on the departments' calendar.
	 * @param from the first day
	 * @param days working days
	 * @return the day reached
	 */
	public LocalDate addWorkingDays(LocalDate from, int days) {
		return this.calendar.addWorkingDays(from, days).date();
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
	 * Sets where a case stands, for a module's own outcomes (e.g. a card refused, a
	 * filing recorded), stopping the clock.
	 * @param execution the process execution
	 * @param status the new status
	 * @param decision decision code stored with the case
	 */
	public void conclude(DelegateExecution execution, CaseStatus status, String decision) {
		CaseFile file = caseOf(execution);
		this.clocks.stop(file, today());
		file.decided(status, decision, today(), workingDaysToDecision(file, today()), this.clock.instant());
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
	public void flagOverdue(DelegateExecution execution, Phrase detail) {
		CaseFile file = caseOf(execution);
		file.overdue();
		execution.setVariable("overdue", true);
		this.history.record(file, "system", CaseHistoryType.ESCALATED, null, null, detail);
	}

	/**
	 * The case's form (with the values derived at submission), for a module's steps.
	 * @param execution the process execution
	 * @return the form
	 */
	public Map<String, Object> form(DelegateExecution execution) {
		return this.forms.form(caseOf(execution));
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
	public Date endOfDay(LocalDate date) {
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
		record(execution, type, step, null, detail);
	}

	/**
	 * Records a history entry whose detail the system writes: each reader sees it in
	 * their own language.
	 * @param execution the process execution
	 * @param type entry type
	 * @param step step, may be null
	 * @param detail the detail
	 */
	public void record(DelegateExecution execution, HistoryType type, @Nullable String step, Phrase detail) {
		this.history.record(caseOf(execution), "system", type, step, null, detail);
	}

	/**
	 * Records a history entry with the outcome it stands for.
	 * @param execution the process execution
	 * @param type entry type
	 * @param step step, may be null
	 * @param outcome outcome code, may be null
	 * @param detail detail, may be null
	 */
	public void record(DelegateExecution execution, HistoryType type, @Nullable String step, @Nullable String outcome,
			@Nullable String detail) {
		this.history.record(caseOf(execution), "system", type, step, outcome, detail);
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
		decide(execution, CaseStatus.GRANTED, "grant");
		return notice(execution, type, titleKey, bodyKey, arguments);
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
		this.history.record(file, "system", type, step, null, (String) null);
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
		this.history.record(file, file.getApplicantUsername(), CaseHistoryType.WITHDRAWN, null, null,
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
		// The notice row is the record: the case history is drawn from it.
		return notice;
	}

	CaseFile caseOf(DelegateExecution execution) {
		Object caseId = execution.getVariable("caseId");
		return this.locks.locked(((Number) caseId).longValue())
			.orElseThrow(() -> new IllegalStateException(
					"No case " + caseId + " for process " + execution.getProcessInstanceId()));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
