package org.kjt.approvals.security;

/** What a user may do; granted as Spring authorities {@code ROLE_<name>}. */
public enum Role {

	/** An enterprise, university or employer submitting requests. */
	APPLICANT,
	/** Division staff working their division's queue. */
	STAFF,
	/** Head of a division: signs off and requests extensions. */
	DIVISION_HEAD,
	/** Department leadership: approves extensions and key sign-offs. */
	LEADER,
	/** Maintains reference data and users. */
	ADMIN,
	/**
	 * An expert of a department's pool: scores the applications assigned to them, or
	 * declares a conflict.
	 */
	EXPERT;

	public String authority() {
		return "ROLE_" + name();
	}

}
