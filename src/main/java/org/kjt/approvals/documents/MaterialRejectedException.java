package org.kjt.approvals.documents;

import org.kjt.approvals.base.DomainException;

/** An upload refused before anything was stored. */
public class MaterialRejectedException extends DomainException {

	/** Why an upload was refused. */
	public enum Reason {

		TOO_LARGE, EMPTY, TYPE_NOT_ALLOWED, TYPE_MISMATCH, BAD_NAME

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
