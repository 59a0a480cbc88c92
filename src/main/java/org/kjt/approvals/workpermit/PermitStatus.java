package org.kjt.approvals.workpermit;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

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
	CANCELLED;

	/**
	 * The state in words, resolved in the reader's language where a message shows it.
	 * @return the message
	 */
	public MessageSourceResolvable words() {
		return new DefaultMessageSourceResolvable("permits.status." + name());
	}

}
