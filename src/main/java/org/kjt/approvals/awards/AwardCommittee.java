package org.kjt.approvals.awards;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The award committee's rules as configuration (the provincial award measures set them;
 * the defaults are this deployment's assumption): its size, the share of members who must
 * vote for a quorum, and the share of those voting who must vote for an award.
 */
@Component
class AwardCommittee {

	private final Environment environment;

	AwardCommittee(Environment environment) {
		this.environment = environment;
	}

	int size() {
		return this.environment.getProperty("approvals.awards.committee-size", Integer.class, 21);
	}

	BigDecimal quorum() {
		return new BigDecimal(this.environment.getProperty("approvals.awards.quorum", "0.6667"));
	}

	BigDecimal majority() {
		return new BigDecimal(this.environment.getProperty("approvals.awards.majority", "0.6667"));
	}

	/** The fewest members voting for the vote to count. */
	int quorumCount() {
		return BigDecimal.valueOf(size()).multiply(quorum()).setScale(0, RoundingMode.CEILING).intValue();
	}

	/** Whether so many for, of so many voting, carries. */
	boolean carries(int votesFor, int voting) {
		return voting > 0 && BigDecimal.valueOf(votesFor)
			.compareTo(BigDecimal.valueOf(voting).multiply(majority()).setScale(0, RoundingMode.CEILING)) >= 0;
	}

}
