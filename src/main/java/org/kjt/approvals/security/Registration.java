package org.kjt.approvals.security;

/**
 * What an applicant organisation enters to register itself.
 *
 * @param username log-in name
 * @param password password (at least the configured minimum length)
 * @param organisationName the organisation's registered name
 * @param creditCode 统一社会信用代码
 * @param contactPerson contact person
 * @param phone mobile or landline number
 * @param email e-mail address
 */
public record Registration(String username, String password, String organisationName, String creditCode,
		String contactPerson, String phone, String email) {

}
