package org.kjt.approvals.workpermit;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What the points table scores, as the employer enters it for the foreign national.
 *
 * @param annualSalaryCny annual salary in CNY
 * @param education highest degree: DOCTORATE, MASTER, BACHELOR or OTHER
 * @param experienceYears years of relevant work experience
 * @param monthsPerYear expected months per year in China
 * @param hskLevel Chinese level (HSK 1–6, 0 for none)
 * @param workLocation WESTERN, NORTHEAST, POOR_COUNTY or OTHER
 * @param age age in years
 * @param bonuses bonus criteria met: TOP_UNIVERSITY, FORTUNE_500, PATENTS,
 * CONTINUOUS_YEARS_IN_CHINA
 * @param provincialBonus the province's bonus, 0–10
 * @param listedHighEndTalent listed in a high-end talent programme (category A whatever
 * the points)
 * @param ageExempt exempt from the B age limit of 60
 */
public record PointsInput(BigDecimal annualSalaryCny, String education, Integer experienceYears, Integer monthsPerYear,
		Integer hskLevel, String workLocation, Integer age, Set<String> bonuses, Integer provincialBonus,
		Boolean listedHighEndTalent, Boolean ageExempt) {

	boolean talent() {
		return Boolean.TRUE.equals(this.listedHighEndTalent);
	}

	boolean exempt() {
		return Boolean.TRUE.equals(this.ageExempt);
	}

}
