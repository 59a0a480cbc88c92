package org.kjt.approvals.workpermit;

import java.util.Arrays;
import java.util.IllegalFormatException;
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

	static final String DEFAULT_NUMBER_FORMAT = "%1$sWP%2$d%3$06d";

	private final Environment environment;

	WorkPermitLimits(Environment environment) {
		this.environment = environment;
		try {
			// A wrong format is found at start-up, not at the first card. It keeps the
			// department's prefix and the sequence: numbers of the two departments and of
			// one year never collide.
			String.format(numberFormat(), "XX", 2026, 1);
			if (!numberFormat().contains("%1$") || !numberFormat().contains("%3$")) {
				throw new IllegalStateException(
						"approvals.work-permit.number-format needs the prefix (%1$) and the sequence (%3$)");
			}
		}
		catch (IllegalFormatException ex) {
			throw new IllegalStateException("approvals.work-permit.number-format is not a valid format: " + ex, ex);
		}
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

	/**
	 * A 外国高端人才确认函 asked for on its own: 5 by default, local practice (no national limit
	 * is published for it).
	 */
	int confirmation(String department) {
		return limit(department, "confirmation-days", 5);
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

	/**
	 * The province's yearly quota of category-C permits ({@code c-quota}). The quota is
	 * set by the national and provincial authorities each year; the shipped default of
	 * 200 is a local assumption.
	 */
	int categoryCQuota(String department) {
		return limit(department, "c-quota", 200);
	}

	/**
	 * An extension may be applied for from this many days before expiry
	 * ({@code extension-opens-days}; local practice, 90 by default).
	 */
	int extensionOpensDays(String department) {
		return limit(department, "extension-opens-days", 90);
	}

	/**
	 * An extension is applied for no later than this many days before expiry
	 * ({@code extension-latest-days}; the guide's 30 by default).
	 */
	int extensionLatestDays(String department) {
		return limit(department, "extension-latest-days", 30);
	}

	/**
	 * The permit number's format ({@code approvals.work-permit.number-format}): arguments
	 * are the department's reference prefix, the year and the sequence. The national
	 * permit number is not ours to invent: the shipped default, e.g. LNWP2026000001, is a
	 * local number, and {@link #localNumbers()} says so wherever a number is shown.
	 * @return the format
	 */
	String numberFormat() {
		return this.environment.getProperty("approvals.work-permit.number-format", DEFAULT_NUMBER_FORMAT);
	}

	/**
	 * Whether permit numbers are this system's own
	 * ({@code approvals.work-permit.number-local}, true unless a deployment issues the
	 * national number).
	 */
	boolean localNumbers() {
		return this.environment.getProperty("approvals.work-permit.number-local", Boolean.class, true);
	}

	private int limit(String department, String key, int fallback) {
		return this.environment.getProperty("approvals.work-permit." + department + "." + key, Integer.class, fallback);
	}

}
