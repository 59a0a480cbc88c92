package org.kjt.approvals.evaluation;

/** Where an expert's seat on a panel stands. */
public enum SeatState {

	/** Drawn; the expert has not scored yet. */
	ASSIGNED,
	/** Scored, with a comment. */
	SCORED,
	/** The expert declared a conflict; another was drawn in their place. */
	CONFLICT,
	/** The case was withdrawn before the expert scored: nothing left to score. */
	CLOSED

}
