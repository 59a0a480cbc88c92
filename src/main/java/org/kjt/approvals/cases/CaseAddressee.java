package org.kjt.approvals.cases;

/**
 * Whom to tell when something happens to a case: its applicant, and what to call the case
 * in the message.
 *
 * @param caseId case
 * @param referenceNo reference number
 * @param applicant the applicant's user name
 * @param itemName the service item's name
 * @param departmentCode department
 * @param itemCode service item
 * @param processKey the process the case runs in
 * @param applicantName the applicant organisation
 * @param status where the case stands
 */
public record CaseAddressee(long caseId, String referenceNo, String applicant, String itemName, String departmentCode,
		String itemCode, String processKey, String applicantName, CaseStatus status) {

}
