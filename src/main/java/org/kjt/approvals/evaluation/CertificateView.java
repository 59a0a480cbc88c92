package org.kjt.approvals.evaluation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A certificate as anyone verifies it.
 *
 * @param number certificate number
 * @param departmentCode issuing department
 * @param itemCode item
 * @param itemName the item's name in the reader's language
 * @param holder the holder
 * @param title what it certifies
 * @param issuedOn issued on
 * @param validUntil valid until, or null for no end
 * @param valid whether it is valid today
 * @param localNumber whether the number's format is a local one, not the national
 * system's
 */
public record CertificateView(String number, String departmentCode, String itemCode, String itemName, String holder,
		String title, LocalDate issuedOn, @Nullable LocalDate validUntil, boolean valid, boolean localNumber) {

}
