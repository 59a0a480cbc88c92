package org.kjt.approvals.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flowable.engine.TaskService;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Translations;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.cases.CaseHistory;
import org.kjt.approvals.cases.CaseHistoryType;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.Steps;
import org.kjt.approvals.orgstructure.DivisionRef;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 征求意见: the holder of a task asks another division of the department for a written
 * opinion. The request is a task in that division's queue with its own due date; the
 * asker keeps the task and the statutory clock runs on; the answer goes into the case's
 * approval trail.
 */
@Service
public class Consultations implements SideTask {

	/** The consulted division's task (not a step of any process). */
	public static final String STEP = "consultation";

	/** The consulted division's one outcome. */
	public static final String ANSWER = "answer";

	/** Working days to answer when the asker names none. */
	static final int DEFAULT_DAYS = 5;

	static final int MAX_DAYS = 20;

	private final Workbench workbench;

	private final TaskService taskService;

	private final OrgStructure orgStructure;

	private final WorkingDayCalendar calendar;

	private final CaseHistory history;

	private final Clock clock;

	private final CaseQueries cases;

	private final Accounts accounts;

	private final Translations translations;

	Consultations(Workbench workbench, TaskService taskService, OrgStructure orgStructure, WorkingDayCalendar calendar,
			CaseHistory history, Clock clock, CaseQueries cases, Accounts accounts, Translations translations) {
		this.cases = cases;
		this.accounts = accounts;
		this.translations = translations;
		this.workbench = workbench;
		this.taskService = taskService;
		this.orgStructure = orgStructure;
		this.calendar = calendar;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * Asks another division of the department for a written opinion on the case of a task
	 * I hold.
	 * @param taskId my task
	 * @param division the division asked
	 * @param question what it is asked
	 * @param dueWorkingDays working days to answer (1-20; 5 if none)
	 * @return the consulted division's new task
	 */
	@Transactional
	public InboxItem ask(String taskId, @Nullable String division, @Nullable String question,
			@Nullable Integer dueWorkingDays) {
		AppUser user = this.workbench.staff();
		InboxItem asking = this.workbench.locked(user, taskId);
		Workbench.requireWorker(user, asking);
		if (STEP.equals(asking.step())) {
			throw DomainException.invalid("division", "consultation.error.nested");
		}
		DivisionRef target = this.orgStructure.division((division != null) ? division.strip() : "")
			.filter((found) -> found.departmentCode().equals(user.departmentCode()))
			.orElseThrow(() -> DomainException.invalid("division", "consultation.error.division", division));
		if (target.code().equals(user.divisionCode())) {
			throw DomainException.invalid("division", "consultation.error.ownDivision");
		}
		String text = (question != null) ? question.strip() : "";
		if (text.isEmpty()) {
			throw DomainException.invalid("question", "task.error.required", "question");
		}
		if (text.length() > Steps.MAX_TEXT) {
			throw DomainException.invalid("question", "case.error.fieldTooLong", "question", Steps.MAX_TEXT);
		}
		int days = (dueWorkingDays != null) ? dueWorkingDays : DEFAULT_DAYS;
		if (days < 1 || days > MAX_DAYS) {
			throw DomainException.invalid("dueWorkingDays", "consultation.error.days", 1, MAX_DAYS);
		}
		LocalDate due = this.calendar.addWorkingDays(LocalDate.now(this.clock), days).date();
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("question", text);
		variables.put("askedBy", user.username());
		variables.put("askingStep", asking.step());
		String created = this.workbench.openSideTask(this, this.cases.addressee(asking.caseId()).orElseThrow(), "征求意见",
				target.code(), null, due, variables);
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("division", target.nameZh());
		fields.put("dueDate", due.toString());
		this.history.recordTaskEvent(asking.caseId(), user.username(), CaseHistoryType.CONSULTATION_REQUESTED,
				asking.step(), null, text, fields);
		return this.workbench.written(created);
	}

	@Override
	public String step() {
		return STEP;
	}

	@Override
	public List<String> outcomes() {
		return List.of(ANSWER);
	}

	@Override
	public Asked asked(String taskId, Locale locale) {
		String asker = askedBy(taskId);
		String name = this.accounts.find(asker).map(AppUser::displayName).orElse(asker);
		return new Asked(this.translations.getTranslation("consultation.asked", locale, name), question(taskId));
	}

	/**
	 * The consulted division's answer, recorded in the approval trail with the question.
	 */
	@Override
	public void complete(InboxItem task, AppUser user, @Nullable String outcome, @Nullable String opinion) {
		if (!ANSWER.equals(outcome)) {
			throw DomainException.invalid("outcome", "task.error.outcome", String.valueOf(outcome), ANSWER);
		}
		String text = (opinion != null) ? opinion.strip() : "";
		if (text.isEmpty()) {
			throw DomainException.invalid("opinion", "task.error.required", "opinion");
		}
		if (text.length() > Steps.MAX_TEXT) {
			throw DomainException.invalid("opinion", "case.error.fieldTooLong", "opinion", Steps.MAX_TEXT);
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("question", question(task.id()));
		this.history.recordTaskEvent(task.caseId(), user.username(), CaseHistoryType.TASK_COMPLETED, STEP, ANSWER, text,
				fields);
		this.taskService.complete(task.id());
	}

	/**
	 * What a consultation asks, and who asked.
	 * @param taskId the consulted division's task
	 * @return the question
	 */
	@Transactional(readOnly = true)
	public String question(String taskId) {
		Object question = this.taskService.getVariableLocal(taskId, "question");
		return (question != null) ? question.toString() : "";
	}

	/**
	 * @param taskId the consulted division's task
	 * @return who asked
	 */
	@Transactional(readOnly = true)
	public String askedBy(String taskId) {
		Object asker = this.taskService.getVariableLocal(taskId, "askedBy");
		return (asker != null) ? asker.toString() : "";
	}

}
