package org.kjt.approvals.support;

import java.util.List;
import java.util.Map;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.kjt.approvals.inbox.InboxItem;
import org.kjt.approvals.inbox.Workbench;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Staff work on tasks as tests need it, through the workbench service the UI and the REST
 * API call: find a case's task in a queue, claim it, complete it.
 */
@Component
public class Tasks {

	private final Workbench workbench;

	private final Users users;

	private final RuntimeService runtimeService;

	private final ManagementService managementService;

	private final JdbcTemplate jdbc;

	Tasks(Workbench workbench, Users users, RuntimeService runtimeService, ManagementService managementService,
			JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.workbench = workbench;
		this.users = users;
		this.runtimeService = runtimeService;
		this.managementService = managementService;
	}

	/**
	 * The process instance of a case.
	 * @return its id
	 */
	public String processOf(long caseId) {
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(caseId))
			.singleResult()
			.getId();
	}

	/**
	 * Fires a case's timer now, as the async executor would once it is due (tests move
	 * the clock first).
	 * @param elementId the timer's boundary event in the BPMN
	 */
	public void fireTimer(long caseId, String elementId) {
		Job timer = this.managementService.createTimerJobQuery()
			.processInstanceId(processOf(caseId))
			.elementId(elementId)
			.singleResult();
		if (timer == null) {
			throw new AssertionError("no timer " + elementId + " of case " + caseId);
		}
		this.managementService.executeJob(this.managementService.moveTimerToExecutableJob(timer.getId()).getId());
	}

	/**
	 * Claims a case's task from the user's group queue.
	 * @return the task id
	 */
	public String claim(String user, long caseId, String step) {
		InboxItem task = groupQueue(user, caseId).stream()
			.filter((item) -> item.step().equals(step))
			.findFirst()
			.orElseThrow(
					() -> new AssertionError("no " + step + " task of case " + caseId + " in the queue of " + user));
		this.users.run(user, () -> this.workbench.claim(task.id()));
		return task.id();
	}

	/** Claims a case's task from the user's group queue and completes it. */
	public void complete(String user, long caseId, String step, String outcome, String opinion,
			Map<String, Object> fields) {
		String taskId = claim(user, caseId, step);
		this.users.run(user, () -> this.workbench.complete(taskId, outcome, opinion, fields));
	}

	/** Completes a task the user already holds (e.g. assigned as inspector). */
	public void completeMine(String user, long caseId, String step, String outcome, String opinion,
			Map<String, Object> fields) {
		String reference = referenceOf(caseId);
		InboxItem task = this.users
			.as(user, () -> this.workbench.myTasks(new Workbench.Filter(null, step, reference), PageRequest.of(0, 100)))
			.stream()
			.filter((item) -> item.caseId() == caseId)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no own " + step + " task of case " + caseId + " for " + user));
		this.users.run(user, () -> this.workbench.complete(task.id(), outcome, opinion, fields));
	}

	/**
	 * The case's tasks in the user's group queue, asked for by its reference number (the
	 * queue's first page alone would miss them once a test run leaves many open).
	 */
	public List<InboxItem> groupQueue(String user, long caseId) {
		String reference = referenceOf(caseId);
		return this.users
			.as(user,
					() -> this.workbench.groupQueue(new Workbench.Filter(null, null, reference),
							PageRequest.of(0, 100)))
			.stream()
			.filter((item) -> item.caseId() == caseId)
			.toList();
	}

	private String referenceOf(long caseId) {
		return this.jdbc.queryForObject("SELECT reference_no FROM apl_case WHERE id = ?", String.class, caseId);
	}

}
