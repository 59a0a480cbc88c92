package org.kjt.approvals.cases;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Where a case stands, for a process module's checks and texts.
 *
 * @param referenceNo reference number
 * @param departmentCode department
 * @param itemCode service item
 * @param status case status
 * @param clockState the statutory clock's state
 * @param receivedOn the day the application (or the corrected materials) came in
 * @param intakeDeadline the last day of the intake decision
 * @param acceptedOn the day it was accepted
 * @param deadline the decision deadline, if running
 * @param extended whether the deadline has been extended
 * @param correctionRounds correction notices issued
 */
public record CaseFacts(String referenceNo, String departmentCode, String itemCode, CaseStatus status,
		ClockState clockState, @Nullable LocalDate receivedOn, @Nullable LocalDate intakeDeadline,
		@Nullable LocalDate acceptedOn, @Nullable LocalDate deadline, boolean extended, int correctionRounds) {

	static CaseFacts of(CaseFile file) {
		return new CaseFacts(file.getReferenceNo(), file.getDepartmentCode(), file.getItemCode(), file.getStatus(),
				file.getClockState(), file.getReceivedOn(), file.getIntakeDeadline(), file.getAcceptedOn(),
				file.getDeadline(), file.isExtended(), file.getCorrectionRounds());
	}

}
