package org.kjt.approvals.security;

/** Whether an account is an outside applicant, department staff or an administrator. */
public enum AccountKind {

	APPLICANT, STAFF, ADMIN

}
