package org.kjt.approvals.security;

import java.util.Set;

/**
 * An admin changed a staff account's division, department, roles or standing: the tasks
 * it holds that it may no longer work go back to their division's queue, in the same
 * transaction, so none waits on someone who cannot complete it.
 *
 * @param username the account
 * @param departmentCode its department now
 * @param divisionCode its division now
 * @param roles its roles now
 * @param enabled whether it may still log in
 */
public record StaffChanged(String username, String departmentCode, String divisionCode, Set<Role> roles,
		boolean enabled) {

}
