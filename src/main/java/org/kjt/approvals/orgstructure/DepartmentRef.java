package org.kjt.approvals.orgstructure;

/**
 * A department, briefly.
 *
 * @param code {@code jilin} or {@code liaoning}
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param province the province (for remedies: its people's government)
 * @param abbreviation the province's one-character abbreviation (吉, 辽)
 * @param referencePrefix prefix of case reference numbers (JL, LN)
 * @param documentPrefix prefix of document numbers (吉科审, 辽科审)
 */
public record DepartmentRef(String code, String nameZh, String nameEn, String province, String abbreviation,
		String referencePrefix, String documentPrefix) {

}
