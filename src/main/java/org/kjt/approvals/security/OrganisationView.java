package org.kjt.approvals.security;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An organisation as its users and the verifying staff see it.
 *
 * @param id organisation id
 * @param creditCode 统一社会信用代码
 * @param name registered name
 * @param department the department whose approval office verifies it
 * @param status where verification stands
 * @param registeredAt when it registered
 * @param decidedAt when it was verified or refused
 * @param decidedBy who decided
 * @param reason the reasons of a refusal
 * @param licence the business licence documents handed in, newest last
 * @param users its accounts (for its administrator and the verifying staff), else empty
 * @param changes users removed and the administration handed over, oldest first (for the
 * same readers), else empty
 */
public record OrganisationView(long id, String creditCode, String name, String department, OrganisationStatus status,
		Instant registeredAt, @Nullable Instant decidedAt, @Nullable String decidedBy, @Nullable String reason,
		List<Document> licence, List<Member> users, List<Change> changes) {

	/**
	 * One business licence document.
	 *
	 * @param id material id (download)
	 * @param fileName file name
	 * @param uploadedAt when
	 */
	public record Document(long id, String fileName, Instant uploadedAt) {
	}

	/**
	 * One account of the organisation.
	 *
	 * @param username log-in name
	 * @param displayName contact name
	 * @param admin whether it administers the organisation
	 */
	public record Member(String username, String displayName, boolean admin) {
	}

	/**
	 * A change of who acts for the organisation.
	 *
	 * @param at when
	 * @param by who changed it (the administrator or verifying staff)
	 * @param kind MEMBER_REMOVED or ADMIN_HANDED_OVER
	 * @param username the user concerned
	 * @param reason why
	 */
	public record Change(Instant at, String by, String kind, String username, String reason) {
	}

}
