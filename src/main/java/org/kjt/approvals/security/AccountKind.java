package org.kjt.approvals.security;

/**
 * Whether an account is an outside applicant, department staff, an administrator, or an
 * expert of a department's evaluation pool (who sees only what they are assigned).
 */
public enum AccountKind {

	APPLICANT, STAFF, ADMIN, EXPERT

}
