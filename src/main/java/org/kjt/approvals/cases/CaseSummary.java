package org.kjt.approvals.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

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
 * @param applicantName the applicant (organisation or person)
 * @param submittedAt first submitted, if it was
 */
public record CaseSummary(long id, String referenceNo, String department, String item, CaseStatus status, String step,
		LocalDate deadline, Instant createdAt, String applicantName, @Nullable Instant submittedAt) {

}
