package org.kjt.approvals.workpermit;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Time limits in working days, configurable per department
 * ({@code approvals.work-permit.<department>.long-term-days} and so on): local practice
 * differs (e.g. Changchun reviews category A in 5).
 */
@Component
class WorkPermitLimits {

	private final Environment environment;

	WorkPermitLimits(Environment environment) {
		this.environment = environment;
	}

	/** Work of more than 90 days: 20 by default. */
	int longTerm(String department) {
		return limit(department, "long-term-days", 20);
	}

	/**
	 * Work of more than 90 days for a category, where local practice sets its own limit
	 * ({@code long-term-days-a}, e.g. 5 for category A); otherwise the general one.
	 */
	int longTerm(String department, String category) {
		Integer own = (category != null) ? this.environment.getProperty(
				"approvals.work-permit." + department + ".long-term-days-" + category.toLowerCase(Locale.ROOT),
				Integer.class) : null;
		return (own != null) ? own : longTerm(department);
	}

	/**
	 * The work-location categories of the points table that a workplace in this
	 * department's province can have ({@code work-locations}); all of them unless set.
	 */
	Set<String> workLocations(String department) {
		String configured = this.environment.getProperty("approvals.work-permit." + department + ".work-locations");
		if (configured == null || configured.isBlank()) {
			return PointsCalculator.LOCATIONS;
		}
		return Arrays.stream(configured.split(","))
			.map(String::strip)
			.filter((code) -> !code.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** Work of 90 days or less: 5 by default. */
	int shortTerm(String department) {
		return limit(department, "short-term-days", 5);
	}

	/** Extension and change of a card: 5 by default. */
	int amendment(String department) {
		return limit(department, "amendment-days", 5);
	}

	/**
	 * The card is issued within this many working days of the application after entry.
	 */
	int cardIssue(String department) {
		return limit(department, "card-days", 5);
	}

	private int limit(String department, String key, int fallback) {
		return this.environment.getProperty("approvals.work-permit." + department + "." + key, Integer.class, fallback);
	}

}
