package org.kjt.approvals.evaluation;

/** Where an objection to a public notice stands. */
public enum ObjectionState {

	/** Received, not yet handled. */
	OPEN,
	/** Upheld: the case goes back to review. */
	UPHELD,
	/** Rejected, with the reasons. */
	REJECTED

}
