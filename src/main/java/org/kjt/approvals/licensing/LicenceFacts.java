package org.kjt.approvals.licensing;

/**
 * What a licence granted on a case states about its holder.
 *
 * @param holder holder organisation
 * @param holderCreditCode its unified social credit code
 * @param scope the licensed scope applied for
 * @param facilityAddress the facility address applied with
 * @param legalRepresentative the legal representative applied with
 */
record LicenceFacts(String holder, String holderCreditCode, String scope, String facilityAddress,
		String legalRepresentative) {

}
