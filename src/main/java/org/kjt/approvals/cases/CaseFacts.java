package org.kjt.approvals.cases;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Where a case stands, for a process module's checks at a step.
 *
 * @param referenceNo reference number
 * @param departmentCode department
 * @param status case status
 * @param clockState the statutory clock's state
 * @param deadline the decision deadline, if running
 * @param extended whether the deadline has been extended
 * @param correctionRounds correction notices issued
 */
public record CaseFacts(String referenceNo, String departmentCode, CaseStatus status, ClockState clockState,
		@Nullable LocalDate deadline, boolean extended, int correctionRounds) {

	static CaseFacts of(CaseFile file) {
		return new CaseFacts(file.getReferenceNo(), file.getDepartmentCode(), file.getStatus(), file.getClockState(),
				file.getDeadline(), file.isExtended(), file.getCorrectionRounds());
	}

}
