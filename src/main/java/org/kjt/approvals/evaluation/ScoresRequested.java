package org.kjt.approvals.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * Experts were asked for their scores on a case: drawn onto its panel (or in a departed
 * expert's place), reminded as the due day nears, or told it has passed. Published in the
 * transaction that asks, so a rolled-back draw tells nobody.
 *
 * @param caseId the case
 * @param referenceNo its reference number
 * @param itemCode its service item
 * @param experts the experts' log-ins
 * @param dueOn the last day for their scores
 * @param occasion why they are told
 */
public record ScoresRequested(long caseId, String referenceNo, String itemCode, List<String> experts, LocalDate dueOn,
		Occasion occasion) {

	/** Why experts are told. */
	public enum Occasion {

		/** Drawn onto the panel. */
		ASSIGNED,
		/** The due day nears and they have not scored. */
		REMINDER,
		/** The due day passed and they have not scored. */
		OVERDUE

	}

}
