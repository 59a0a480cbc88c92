package org.kjt.approvals.evaluation;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a panel is drawn for.
 *
 * @param caseId the case
 * @param departmentCode its department (the pool is the reviewing division's there)
 * @param itemCode its item
 * @param referenceNo its reference number
 * @param applicantName the applicant organisation
 * @param applicantCreditCode its unified social credit code (its experts are never drawn)
 * @param avoided whom the applicant names as conflicted: names, organisations or credit
 * codes, separated by ;、,或换行
 * @param discipline the application's discipline
 * @param application the application as the panel is given it
 * @param dueOn the day scores are due
 */
public record PanelRequest(long caseId, String departmentCode, String itemCode, String referenceNo,
		String applicantName, @Nullable String applicantCreditCode, @Nullable String avoided, Discipline discipline,
		Map<String, Object> application, LocalDate dueOn) {

}
