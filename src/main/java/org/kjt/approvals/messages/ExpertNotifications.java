package org.kjt.approvals.messages;

import java.util.List;

import org.kjt.approvals.evaluation.ScoresRequested;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells experts what their panels ask of them: drawn onto a case's panel, reminded as the
 * due day nears, told once it has passed. In the transaction that asks (a rolled-back
 * draw tells nobody), once per expert, case, occasion and due day.
 */
@Component
class ExpertNotifications {

	private final Messages messages;

	ExpertNotifications(Messages messages) {
		this.messages = messages;
	}

	@EventListener
	void scoresRequested(ScoresRequested requested) {
		MessageKind kind = switch (requested.occasion()) {
			case ASSIGNED -> MessageKind.EXPERT_ASSIGNED;
			case REMINDER -> MessageKind.EXPERT_REMINDER;
			case OVERDUE -> MessageKind.EXPERT_OVERDUE;
		};
		for (String expert : requested.experts()) {
			this.messages.store(expert, requested.caseId(), requested.referenceNo(), kind,
					List.of(requested.itemCode(), requested.dueOn().toString()), "expert:" + requested.occasion() + ":"
							+ requested.caseId() + ":" + expert + ":" + requested.dueOn());
		}
	}

}
