package org.kjt.approvals.documents;

import org.kjt.approvals.base.DomainException;

/** An upload refused before anything was stored. */
public class MaterialRejectedException extends DomainException {

	/** Why an upload was refused. */
	public enum Reason {

		TOO_LARGE, EMPTY, TYPE_NOT_ALLOWED, TYPE_MISMATCH, BAD_NAME,
		/**
		 * A container whose directory promises more than any document holds (a zip bomb).
		 */
		UNSAFE_CONTAINER,
		/** The case already holds as many files as allowed (in all, or of this item). */
		TOO_MANY

	}

	private final Reason reason;

	MaterialRejectedException(Reason reason, String messageKey, Object... arguments) {
		super(Kind.INVALID, "file", messageKey, arguments);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
