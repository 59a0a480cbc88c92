package org.kjt.approvals.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case in a list: no history, no form.
 *
 * @param id case id
 * @param referenceNo reference number
 * @param department department code
 * @param item service item code
 * @param status status
 * @param step current step
 * @param deadline decision (or intake) deadline
 * @param createdAt created
 */
public record CaseSummary(long id, String referenceNo, String department, String item, CaseStatus status, String step,
		LocalDate deadline, Instant createdAt) {

}
