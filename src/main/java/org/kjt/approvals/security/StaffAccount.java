package org.kjt.approvals.security;

import java.util.Set;

/**
 * A staff account as admins maintain it.
 *
 * @param username log-in name
 * @param displayName name shown in the UI and the case history
 * @param departmentCode department
 * @param divisionCode division
 * @param roles roles (STAFF always; DIVISION_HEAD, LEADER)
 * @param enabled whether it may log in and use the API
 */
public record StaffAccount(String username, String displayName, String departmentCode, String divisionCode,
		Set<Role> roles, boolean enabled) {

	static StaffAccount of(UserAccount account) {
		return new StaffAccount(account.getUsername(), account.getDisplayName(), account.getDepartmentCode(),
				account.getDivisionCode(), Set.copyOf(account.getRoles()), account.isEnabled());
	}

}
