package org.kjt.approvals.workpermit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A work-permit card as its employer sees it.
 *
 * @param permitNumber the person's permit number (for life)
 * @param status VALID, EXPIRED or CANCELLED
 * @param category A, B or C
 * @param holderName name as in passport
 * @param nationality ISO 3166 alpha-3
 * @param passportNumber passport number
 * @param dateOfBirth date of birth
 * @param post post
 * @param workAddress work location
 * @param employerName employer
 * @param noticeNumber the 工作许可通知's number
 * @param entryDate date of entry, or null if applied for from inside China
 * @param issuedOn issue date
 * @param validUntil last valid day
 * @param caseId the case that issued the card
 * @param cancelledOn cancellation date, if cancelled
 * @param cancelledLate whether the cancellation came later than 10 working days after the
 * contract ended
 * @param department the issuing department
 */
public record PermitView(String permitNumber, PermitStatus status, String category, String holderName,
		String nationality, String passportNumber, LocalDate dateOfBirth, String post, String workAddress,
		String employerName, String noticeNumber, @Nullable LocalDate entryDate, LocalDate issuedOn,
		LocalDate validUntil, long caseId, LocalDate cancelledOn, boolean cancelledLate, String department) {

}
