package org.kjt.approvals.licensing;

import java.time.LocalDate;

/**
 * A licence as anyone may verify it.
 *
 * @param number licence number
 * @param status VALID, EXPIRED or REVOKED
 * @param holder holder organisation
 * @param item service item code
 * @param itemName service item name
 * @param department issuing department code
 * @param scope licensed scope
 * @param issuedOn issued
 * @param validUntil valid until (inclusive)
 * @param facilityAddress facility address stated on the licence
 * @param legalRepresentative the holder's legal representative stated on the licence
 */
public record LicenceView(String number, LicenceStatus status, String holder, String item, String itemName,
		String department, String scope, LocalDate issuedOn, LocalDate validUntil, String facilityAddress,
		String legalRepresentative) {

}
