package org.kjt.approvals.security;

import java.util.Set;

/**
 * What other modules know about a user: who it is, its roles and, for staff, where it
 * works.
 *
 * @param username log-in name
 * @param displayName name shown in the UI and the case history
 * @param kind applicant, staff or admin
 * @param roles granted roles
 * @param departmentCode staff's department ({@code jilin}, {@code liaoning}), else null
 * @param divisionCode staff's division code (also its task candidate group), else null
 * @param organisationName applicant's organisation, else null
 * @param creditCode applicant's unified social credit code, else null
 * @param passwordChangeRequired whether the password is a temporary one an admin set
 */
public record AppUser(String username, String displayName, AccountKind kind, Set<Role> roles, String departmentCode,
		String divisionCode, String organisationName, String creditCode, boolean passwordChangeRequired) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isStaff() {
		return this.kind == AccountKind.STAFF;
	}

}
