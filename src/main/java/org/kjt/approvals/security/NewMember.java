package org.kjt.approvals.security;

/**
 * A further user of an organisation, as its administrator enters it.
 *
 * @param username log-in name
 * @param password initial password (the policy applies)
 * @param displayName the person's name
 * @param phone mobile or landline number
 * @param email e-mail address
 */
public record NewMember(String username, String password, String displayName, String phone, String email) {

}
