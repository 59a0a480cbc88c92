package org.kjt.approvals.security;

import org.jspecify.annotations.Nullable;

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
 * @param department the department whose approval office verifies the organisation
 * ({@code jilin}, {@code liaoning}); when absent, the province the credit code's region
 * names
 */
public record Registration(String username, String password, String organisationName, String creditCode,
		String contactPerson, String phone, String email, @Nullable String department) {

}
