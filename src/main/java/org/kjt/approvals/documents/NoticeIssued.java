package org.kjt.approvals.documents;

/**
 * A written notice was issued to a case (published in the issuing transaction).
 *
 * @param caseRef the case, as {@code case-<id>}
 * @param departmentCode issuing department
 * @param type the notice's type code
 * @param number its document number
 * @param title its title
 */
public record NoticeIssued(String caseRef, String departmentCode, String type, String number, String title) {

}
