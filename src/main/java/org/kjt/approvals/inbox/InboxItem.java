package org.kjt.approvals.inbox;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One open task in a queue.
 *
 * @param id Flowable task id
 * @param caseId case
 * @param referenceNo case reference number
 * @param item service item code
 * @param step BPMN task id
 * @param stepName step name
 * @param division division (candidate group)
 * @param requiredRole role needed to take it, if any
 * @param assignee who holds it, if anyone
 * @param applicantName applicant organisation
 * @param createdAt created
 * @param due due date (statutory deadline or step limit)
 * @param remainingWorkingDays working days left (negative when overdue)
 * @param overdue escalated as overdue
 */
public record InboxItem(String id, long caseId, String referenceNo, String item, String step, String stepName,
		String division, String requiredRole, String assignee, String applicantName, Instant createdAt, LocalDate due,
		Integer remainingWorkingDays, boolean overdue) {

	/**
	 * The same task held by someone else (or nobody): what a claim or transfer answers.
	 */
	InboxItem heldBy(@Nullable String holder) {
		return new InboxItem(this.id, this.caseId, this.referenceNo, this.item, this.step, this.stepName, this.division,
				this.requiredRole, holder, this.applicantName, this.createdAt, this.due, this.remainingWorkingDays,
				this.overdue);
	}

}
