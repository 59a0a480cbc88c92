package org.kjt.approvals.workpermit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kjt.approvals.base.DecisionTables;
import org.kjt.approvals.base.DomainException;

import org.springframework.stereotype.Service;

/**
 * Scores a foreign national with the interim points table
 * ({@code processes/work-permit-points.dmn}) and proposes the category: A at 85 points or
 * for listed high-end talent; B at 60 points with the B conditions (at most 60 years old
 * unless exempt, a bachelor's degree, 2 years' experience); C otherwise.
 */
@Service
public class PointsCalculator {

	static final int CATEGORY_A = 85;

	static final int CATEGORY_B = 60;

	static final int B_MAX_AGE = 60;

	static final int MAX_PROVINCIAL_BONUS = 10;

	private static final Set<String> EDUCATION = Set.of("DOCTORATE", "MASTER", "BACHELOR", "OTHER");

	static final Set<String> LOCATIONS = Set.of("WESTERN", "NORTHEAST", "POOR_COUNTY", "OTHER");

	private static final Set<String> BONUSES = Set.of("TOP_UNIVERSITY", "FORTUNE_500", "PATENTS",
			"CONTINUOUS_YEARS_IN_CHINA");

	/** Salaries above this are treated as a typing error (100 million CNY a year). */
	private static final BigDecimal ABSURD_SALARY = new BigDecimal("100000000");

	private final DecisionTables tables;

	PointsCalculator(DecisionTables tables) {
		this.tables = tables;
	}

	/**
	 * Scores the input; every field is checked first, each refusal naming its field.
	 * @param input what the employer entered
	 * @return points per factor, total and proposed category
	 */
	public PointsResult score(PointsInput input) {
		check(input);
		Map<String, Integer> breakdown = new LinkedHashMap<>();
		BigDecimal tenThousands = input.annualSalaryCny().divide(new BigDecimal("10000"), 4, RoundingMode.DOWN);
		breakdown.put("salary", points("salaryPoints", tenThousands));
		breakdown.put("education", points("educationPoints", input.education()));
		breakdown.put("experience", points("experiencePoints", input.experienceYears()));
		breakdown.put("monthsInChina", points("monthsInChinaPoints", input.monthsPerYear()));
		breakdown.put("chinese", points("chinesePoints", input.hskLevel()));
		breakdown.put("location", points("locationPoints", input.workLocation()));
		breakdown.put("age", points("agePoints", input.age()));
		int bonus = 0;
		for (String criterion : (input.bonuses() != null) ? input.bonuses() : Set.<String>of()) {
			bonus += points("bonusPoints", criterion);
		}
		breakdown.put("bonus", bonus);
		breakdown.put("provincialBonus", (input.provincialBonus() != null) ? input.provincialBonus() : 0);
		int total = breakdown.values().stream().mapToInt(Integer::intValue).sum();

		List<String> reasons = new ArrayList<>();
		String category;
		if (input.talent() || total >= CATEGORY_A) {
			category = "A";
			reasons.add(input.talent() ? "workpermit.reason.listedTalent" : "workpermit.reason.pointsA");
		}
		else if (total >= CATEGORY_B && meetsB(input, reasons)) {
			category = "B";
			reasons.add("workpermit.reason.pointsB");
		}
		else {
			category = "C";
			if (total < CATEGORY_B) {
				reasons.add("workpermit.reason.belowB");
			}
		}
		return new PointsResult(total, breakdown, category, reasons);
	}

	private static boolean meetsB(PointsInput input, List<String> reasons) {
		boolean ok = true;
		if (input.age() > B_MAX_AGE && !input.exempt()) {
			reasons.add("workpermit.reason.ageOverB");
			ok = false;
		}
		if (!Set.of("DOCTORATE", "MASTER", "BACHELOR").contains(input.education())) {
			reasons.add("workpermit.reason.noDegree");
			ok = false;
		}
		if (input.experienceYears() < 2) {
			reasons.add("workpermit.reason.experience");
			ok = false;
		}
		return ok;
	}

	private int points(String decision, Object value) {
		return ((BigDecimal) this.tables.table(decision).evaluate(value).output()).intValueExact();
	}

	private static void check(PointsInput input) {
		if (input == null) {
			throw DomainException.invalid("input", "workpermit.error.required", "input");
		}
		if (input.annualSalaryCny() == null || input.annualSalaryCny().signum() < 0
				|| input.annualSalaryCny().compareTo(ABSURD_SALARY) > 0) {
			throw DomainException.invalid("annualSalaryCny", "workpermit.error.salary");
		}
		if (input.education() == null || !EDUCATION.contains(input.education())) {
			throw DomainException.invalid("education", "workpermit.error.education");
		}
		range("experienceYears", input.experienceYears(), 0, 60);
		range("monthsPerYear", input.monthsPerYear(), 0, 12);
		range("hskLevel", input.hskLevel(), 0, 6);
		if (input.workLocation() == null || !LOCATIONS.contains(input.workLocation())) {
			throw DomainException.invalid("workLocation", "workpermit.error.location");
		}
		if (input.age() == null || input.age() < 18) {
			throw DomainException.invalid("age", "workpermit.error.age");
		}
		range("age", input.age(), 18, 100);
		if (input.bonuses() != null && !BONUSES.containsAll(input.bonuses())) {
			throw DomainException.invalid("bonuses", "workpermit.error.bonus");
		}
		if (input.provincialBonus() != null) {
			range("provincialBonus", input.provincialBonus(), 0, MAX_PROVINCIAL_BONUS);
		}
	}

	private static void range(String field, Integer value, int min, int max) {
		if (value == null || value < min || value > max) {
			throw DomainException.invalid(field, "workpermit.error.range", field, min, max);
		}
	}

}
