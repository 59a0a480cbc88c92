package org.kjt.approvals.licensing;

/**
 * A licence's state: as stored ({@link #ISSUED}, {@link #REVOKED}) and as shown on
 * verification (valid or expired on the day asked).
 */
public enum LicenceStatus {

	/** Stored: issued and not revoked. */
	ISSUED,
	/** Shown: issued and within its validity today. */
	VALID,
	/** Shown: issued, its validity over. */
	EXPIRED,
	/** Revoked (撤销/吊销). */
	REVOKED

}
