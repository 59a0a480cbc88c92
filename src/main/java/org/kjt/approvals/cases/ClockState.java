package org.kjt.approvals.cases;

/** The state of a case's statutory clock. */
public enum ClockState {

	/** Not accepted yet: no decision deadline runs. */
	NOT_STARTED,
	/** Counting working days towards the deadline. */
	RUNNING,
	/** Art. 45: expert review, inspection, testing or a hearing does not count. */
	SUSPENDED,
	/** Decided or withdrawn. */
	STOPPED

}
