package org.kjt.approvals.workpermit;

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
