package org.kjt.approvals.security;

/** Where an organisation's verification stands. */
public enum OrganisationStatus {

	/** Registered; its accounts may draft but not submit. */
	PENDING,

	/** Checked by the approval office against its business licence. */
	VERIFIED,

	/** Refused with reasons; a new licence document puts it back in the queue. */
	REFUSED

}
