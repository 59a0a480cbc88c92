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
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
