package org.kjt.approvals.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;

/**
 * Whether an account holding a token may still act. A token carries who the user is, so a
 * request reads nothing about its account, except this: one small read per account every
 * {@link TokenProperties#standingCheck()}, so that a lock or a disabling on any node
 * takes effect within that time (at once on the node that made it).
 */
@Component
class AccountStanding {

	private record Standing(boolean enabled, @Nullable Instant lockedUntil, long readAtNanos) {
	}

	private final UserAccountRepository users;

	private final Clock clock;

	private final long maxAgeNanos;

	private final ConcurrentMap<String, Standing> standings = new ConcurrentHashMap<>();

	AccountStanding(UserAccountRepository users, Clock clock, TokenProperties properties) {
		this.users = users;
		this.clock = clock;
		this.maxAgeNanos = properties.standingCheck().toNanos();
	}

	/**
	 * Refuses an account that no longer exists, is disabled or is locked.
	 * @param username the token's subject
	 */
	void requireActive(String username) {
		long now = System.nanoTime();
		Standing standing = this.standings.get(username);
		if (standing == null || now - standing.readAtNanos() > this.maxAgeNanos) {
			standing = this.users.findStandingByUsername(username)
				.map((row) -> new Standing(row.getEnabled(), row.getLockedUntil(), now))
				.orElseGet(() -> new Standing(false, null, now));
			this.standings.put(username, standing);
		}
		if (!standing.enabled()) {
			throw new DisabledException("account disabled");
		}
		if (standing.lockedUntil() != null && this.clock.instant().isBefore(standing.lockedUntil())) {
			throw new LockedException("account locked");
		}
	}

	/** Forgets what was read about an account, after a change on this node. */
	void changed(String username) {
		this.standings.remove(username);
	}

}
