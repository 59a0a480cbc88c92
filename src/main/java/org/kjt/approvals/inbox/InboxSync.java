package org.kjt.approvals.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.common.engine.impl.persistence.cache.EntityCache;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.identitylink.service.impl.persistence.entity.IdentityLinkEntity;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.flowable.task.service.impl.persistence.entity.TaskEntityImpl;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.EngineListener;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code inbox_task} in step with the engine: a row per open staff task, written in
 * the engine's own transaction (a failure here rolls the engine back too). Applicant
 * tasks (category APPLICANT) are not staff work and get no row.
 */
@Component
class InboxSync extends EngineListener {

	private final JdbcTemplate jdbc;

	private final Accounts accounts;

	private final Clock clock;

	private final ObjectProvider<TaskService> taskService;

	InboxSync(JdbcTemplate jdbc, Accounts accounts, Clock clock, ObjectProvider<TaskService> taskService) {
		this.taskService = taskService;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void onEvent(FlowableEvent event) {
		if (!(event instanceof FlowableEngineEntityEvent entityEvent)) {
			return;
		}
		Object entity = entityEvent.getEntity();
		if (event.getType() == FlowableEngineEventType.TASK_CREATED && entity instanceof TaskEntity task) {
			created(task);
		}
		else if (event.getType() == FlowableEngineEventType.TASK_ASSIGNED && entity instanceof TaskEntity task
				&& !task.isInserted()) {
			// A task new in this command gets its assignee with its row (created below).
			this.jdbc.update("UPDATE inbox_task SET assignee = ?, division_code = COALESCE(division_code, ?)"
					+ " WHERE task_id = ?", task.getAssignee(), divisionOf(task.getAssignee()), task.getId());
		}
		else if ((event.getType() == FlowableEngineEventType.PROCESS_COMPLETED
				|| event.getType() == FlowableEngineEventType.PROCESS_COMPLETED_WITH_TERMINATE_END_EVENT
				|| event.getType() == FlowableEngineEventType.PROCESS_CANCELLED)
				&& entity instanceof ExecutionEntity execution && execution.getVariable("caseId") != null) {
			// A closed case asks no division for opinions any more.
			TaskService tasks = this.taskService.getObject();
			tasks.createTaskQuery()
				.taskDefinitionKey(Consultations.STEP)
				.scopeType(Consultations.STEP)
				.scopeId(execution.getVariable("caseId").toString())
				.list()
				.forEach((open) -> tasks.deleteTask(open.getId(), "case closed"));
		}
		else if (event.getType() == FlowableEngineEventType.ENTITY_DELETED && entity instanceof TaskEntity task) {
			// Every way a task ends (completed, cancelled by a boundary event, its
			// process
			// ended) deletes the entity: one event, one statement.
			this.jdbc.update("DELETE FROM inbox_task WHERE task_id = ?", task.getId());
		}
		else if (event.getType() == FlowableEngineEventType.ENTITY_CREATED && entity instanceof IdentityLinkEntity link
				&& link.getTaskId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())
				&& link.getGroupId() != null && !isNew(link.getTaskId())) {
			// A candidate group given to an existing task; a new task's groups are read
			// when its row is written.
			this.jdbc.update("UPDATE inbox_task SET division_code = ? WHERE task_id = ? AND division_code IS NULL",
					link.getGroupId(), link.getTaskId());
		}
	}

	/** Whether the task is being created by the current engine command. */
	private static boolean isNew(String taskId) {
		CommandContext context = Context.getCommandContext();
		if (context == null) {
			return false;
		}
		TaskEntityImpl task = context.getSession(EntityCache.class).findInCache(TaskEntityImpl.class, taskId);
		return task != null && task.isInserted();
	}

	private void created(TaskEntity task) {
		if ("APPLICANT".equals(task.getCategory()) || task.getVariable("caseId") == null) {
			return;
		}
		String division = task.getIdentityLinks()
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLinkEntity::getGroupId)
			.findFirst()
			.orElse(null);
		Date due = (task.getDueDate() != null) ? task.getDueDate() : (Date) task.getVariable("deadline");
		LocalDate dueDate = (due != null) ? due.toInstant().atZone(this.clock.getZone()).toLocalDate() : null;
		String processKey = task.getProcessDefinitionId().split(":")[0];
		if (division == null) {
			// Tasks given to named staff (on-site verification) belong to their division.
			division = divisionOf(task.getAssignee());
		}
		this.jdbc
			.update("INSERT INTO inbox_task (task_id, case_id, reference_no, process_key, item_code, department_code,"
					+ " division_code, required_role, assignee, step, step_name, applicant_name, created_at, due_date,"
					+ " overdue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", task.getId(),
					((Number) task.getVariable("caseId")).longValue(), task.getVariable("referenceNo"), processKey,
					task.getVariable("itemCode"), task.getVariable("departmentCode"), division, task.getCategory(),
					task.getAssignee(), task.getTaskDefinitionKey(), task.getName(), task.getVariable("applicantName"),
					Timestamp.from(this.clock.instant()), dueDate, Boolean.TRUE.equals(task.getVariable("overdue")));
	}

	private @Nullable String divisionOf(@Nullable String assignee) {
		return (assignee != null)
				? this.accounts.find(assignee).filter(AppUser::isStaff).map(AppUser::divisionCode).orElse(null) : null;
	}

}
