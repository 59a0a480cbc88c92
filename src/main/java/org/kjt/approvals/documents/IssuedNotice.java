package org.kjt.approvals.documents;

import java.time.Instant;

/**
 * A written notice as issued.
 *
 * @param number document number, e.g. {@code 辽科审受字〔2026〕第0012号}
 * @param type the notice type's code
 * @param departmentCode issuing department
 * @param caseRef the case
 * @param title title
 * @param body full text
 * @param issuedAt issued
 * @param issuedBy issuer (user name or {@code system})
 */
public record IssuedNotice(String number, String type, String departmentCode, String caseRef, String title, String body,
		Instant issuedAt, String issuedBy) {

}
