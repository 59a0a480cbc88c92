package org.kjt.approvals.messages;

/** What a message tells; its title and text are worded in the reader's language. */
enum MessageKind {

	/**
	 * A written notice was issued (acceptance, correction, suspension, extension,
	 * decision…).
	 */
	NOTICE,

	/** A step of the applicant's is due within three working days. */
	DEADLINE_SOON

}
