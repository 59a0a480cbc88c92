package org.kjt.approvals.cases;

import java.time.Clock;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.identitylink.api.IdentityLinkType;
import org.kjt.approvals.base.EngineListener;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

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
			this.cases.findById(id.longValue())
				.ifPresent((file) -> file.step(task.getTaskDefinitionKey(), division, this.clock.instant()));
		}
	}

}
