package org.kjt.approvals.workpermit;

/**
 * A work-permit card's state: as stored ({@link #ISSUED}, {@link #CANCELLED}) and as
 * shown (valid or expired on the day asked).
 */
public enum PermitStatus {

	/** Stored: issued and not cancelled. */
	ISSUED,
	/** Shown: issued and within its validity today. */
	VALID,
	/** Shown: issued, its validity over. */
	EXPIRED,
	/** Cancelled (注销) by the employer. */
	CANCELLED

}
