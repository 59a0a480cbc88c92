package org.kjt.approvals.security;

/**
 * A user was removed from its organisation: whatever the user held for the organisation
 * (its cases, drafts included, and every step waiting on it) goes to the organisation's
 * administrator, in the same transaction, so nothing is left waiting on an account that
 * can no longer log in.
 *
 * @param organisationId the organisation
 * @param username the removed user
 * @param successor the organisation's administrator, who takes over
 * @param actor who removed the user
 */
public record MemberRemoved(long organisationId, String username, String successor, String actor) {

}
