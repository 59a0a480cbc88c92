package org.kjt.approvals.nsf;

import java.math.BigDecimal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The fund's local limits, as configuration (the provincial funds set their own each
 * year; the defaults are this deployment's assumption, not law): the most a project of
 * each kind may ask for (万元), its longest duration (years), and the youth projects' age
 * limit.
 */
@Component
class NsfLimits {

	private final Environment environment;

	NsfLimits(Environment environment) {
		this.environment = environment;
	}

	BigDecimal maxAmount(NsfProjectType type) {
		String fallback = switch (type) {
			case GENERAL -> "10";
			case YOUTH -> "5";
			case KEY -> "30";
		};
		return new BigDecimal(this.environment.getProperty("approvals.nsf.max-amount." + type.name(), fallback));
	}

	int maxYears(NsfProjectType type) {
		return this.environment.getProperty("approvals.nsf.max-years." + type.name(), Integer.class,
				(type == NsfProjectType.KEY) ? 4 : 3);
	}

	int youthMaxAge() {
		return this.environment.getProperty("approvals.nsf.youth-max-age", Integer.class, 35);
	}

}
