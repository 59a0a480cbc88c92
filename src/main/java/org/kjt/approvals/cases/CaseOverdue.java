package org.kjt.approvals.cases;

/**
 * A case passed its statutory deadline without decision and was escalated to the division
 * head.
 *
 * @param caseId case
 * @param referenceNo reference number
 */
public record CaseOverdue(long caseId, String referenceNo) {

}
