package org.kjt.approvals.cases;

import java.time.Clock;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.kjt.approvals.base.EngineListener;

import org.springframework.stereotype.Component;

/**
 * Keeps a case's current step and division in step with the engine, in its transaction,
 * so the applicant sees where the case is without querying the engine.
 */
@Component
class CaseStepTracker extends EngineListener {

	private final CaseFileRepository cases;

	private final Clock clock;

	CaseStepTracker(CaseFileRepository cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	@Override
	public void onEvent(FlowableEvent event) {
		if (event.getType() == FlowableEngineEventType.TASK_CREATED && event instanceof FlowableEngineEntityEvent entity
				&& entity.getEntity() instanceof TaskEntity task && task.getVariable("caseId") instanceof Number id) {
			String division = task.getIdentityLinks()
				.stream()
				.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
				.map((link) -> link.getGroupId())
				.findFirst()
				.orElse(null);
			if (!"APPLICANT".equals(task.getCategory()) && applicantTaskOpen(task)) {
				// A staff task beside the applicant's (e.g. following up an overdue
				// report): the case still waits for the applicant.
				return;
			}
			this.cases.findById(id.longValue())
				.ifPresent((file) -> file.step(task.getTaskDefinitionKey(), division, this.clock.instant()));
		}
	}

	private static boolean applicantTaskOpen(TaskEntity created) {
		return created.getProcessInstanceId() != null && CommandContextUtil.getTaskService()
			.findTasksByProcessInstanceId(created.getProcessInstanceId())
			.stream()
			.anyMatch((open) -> !open.getId().equals(created.getId()) && "APPLICANT".equals(open.getCategory()));
	}

}
