package org.kjt.approvals.cases;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.kjt.approvals.base.Phrase;
import org.kjt.approvals.security.MemberRemoved;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A removed user's cases pass to its organisation's administrator, in the removal's
 * transaction: each case (drafts and closed ones too, so the organisation keeps its
 * record), the engine's {@code applicant} of each process still running (so a later step
 * for the applicant is the administrator's), and every task the user held (a correction
 * to answer, a report to hand in). Each case's history says so.
 */
@Component
class ApplicantHandover {

	private final CaseFileRepository files;

	private final CaseLocks locks;

	private final CaseHistory history;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	ApplicantHandover(CaseFileRepository files, CaseLocks locks, CaseHistory history, RuntimeService runtimeService,
			TaskService taskService) {
		this.files = files;
		this.locks = locks;
		this.history = history;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
	}

	/** First of the removal's listeners: the cases are locked before anything else. */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@Transactional(propagation = Propagation.MANDATORY)
	void memberRemoved(MemberRemoved removed) {
		Set<String> processes = new HashSet<>();
		// The one lock order of every write: the cases first (by id), then their tasks.
		for (long id : this.files.idsOfApplicant(removed.username())) {
			CaseFile file = this.locks.locked(id).orElseThrow();
			file.handTo(removed.successor());
			if (file.getProcessInstanceId() != null) {
				processes.add(file.getProcessInstanceId());
			}
			this.history.record(file, removed.actor(), CaseHistoryType.HANDED_OVER, null, null,
					Phrase.of("record.handedOver", removed.username(), removed.successor()));
		}
		if (processes.isEmpty()) {
			return;
		}
		List<ProcessInstance> running = this.runtimeService.createProcessInstanceQuery()
			.processInstanceIds(processes)
			.list();
		for (ProcessInstance instance : running) {
			this.runtimeService.setVariable(instance.getId(), "applicant", removed.successor());
		}
		// Only the steps of the cases just locked.
		for (Task task : this.taskService.createTaskQuery()
			.processInstanceIdIn(processes)
			.taskAssignee(removed.username())
			.list()) {
			this.taskService.setAssignee(task.getId(), removed.successor());
		}
	}

}
