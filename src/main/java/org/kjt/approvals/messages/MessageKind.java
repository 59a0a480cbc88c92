package org.kjt.approvals.messages;

/** What a message tells; its title and text are worded in the reader's language. */
enum MessageKind {

	/**
	 * A written notice was issued (acceptance, correction, suspension, extension,
	 * decision…).
	 */
	NOTICE,

	/** A step of the applicant's is due within three working days. */
	DEADLINE_SOON,

	/** An expert was drawn onto a case's panel. */
	EXPERT_ASSIGNED,

	/** An expert's scores are due soon. */
	EXPERT_REMINDER,

	/** An expert's scores are overdue. */
	EXPERT_OVERDUE;

	/**
	 * Whether an expert is told this, about an assignment rather than a case of theirs.
	 */
	boolean forExperts() {
		return name().startsWith("EXPERT_");
	}

}
