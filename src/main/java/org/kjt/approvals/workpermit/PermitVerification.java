package org.kjt.approvals.workpermit;

import java.time.LocalDate;

/**
 * What anyone may verify about a work permit: no personal data beyond the name's initial
 * and the nationality.
 *
 * @param permitNumber permit number
 * @param status VALID, EXPIRED or CANCELLED
 * @param category A, B or C
 * @param holderInitial initial of the holder's name
 * @param nationality ISO 3166 alpha-3
 * @param employerName employer
 * @param issuedOn first day of validity
 * @param validUntil last valid day
 * @param localNumber whether the number is this system's own (the shipped format), not
 * the national permit number
 */
public record PermitVerification(String permitNumber, PermitStatus status, String category, String holderInitial,
		String nationality, String employerName, LocalDate issuedOn, LocalDate validUntil, boolean localNumber) {

}
