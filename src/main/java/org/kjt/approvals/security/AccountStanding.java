package org.kjt.approvals.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;

/**
 * Who the holder of a token is now. A token names its account; what the account may do
 * (its roles, department, division, organisation, and whether it is enabled and not
 * locked) is read from the database, once per account every
 * {@link TokenProperties#standingCheck()}, never taken from the token itself: a change
 * made by an admin on any node takes effect within that time (at once on the node that
 * made it, once committed).
 */
@Component
class AccountStanding {

	private record Standing(@Nullable AppUser user, boolean enabled, @Nullable Instant lockedUntil,
			@Nullable Instant passwordChangedAt, long readAtNanos) {
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
	 * The account as it stands; refuses one that no longer exists, is disabled or is
	 * locked, and a token issued before its password last changed.
	 * @param username the token's subject
	 * @param issuedAt when the token was issued
	 * @return the user
	 */
	AppUser current(String username, @Nullable Instant issuedAt) {
		Standing standing = read(username);
		if (standing.user() == null || !standing.enabled()) {
			throw new DisabledException("account disabled");
		}
		if (standing.lockedUntil() != null && this.clock.instant().isBefore(standing.lockedUntil())) {
			throw new LockedException("account locked");
		}
		// A token states its issue in whole seconds.
		Instant changed = standing.passwordChangedAt();
		if (changed != null && (issuedAt == null || issuedAt.isBefore(changed.truncatedTo(ChronoUnit.SECONDS)))) {
			throw new CredentialsExpiredException("password changed since the token was issued");
		}
		return standing.user();
	}

	/**
	 * The account of an open UI session as it stands now (its organisation, roles and
	 * division may have changed on any node since log-in), or empty once disabled or
	 * gone. A lock from failed log-ins does not end a session already open.
	 * @param username the session's user
	 * @return the user, or empty
	 */
	Optional<AppUser> enabled(String username) {
		Standing standing = read(username);
		return (standing.user() != null && standing.enabled()) ? Optional.of(standing.user()) : Optional.empty();
	}

	/**
	 * A user looked up by name (an inspector named on a form, the holder of a task),
	 * enabled or not, from the same short-lived knowledge: several look-ups of one
	 * colleague per step do not each read the account and its roles.
	 * @param username log-in name
	 * @return the user if the account exists
	 */
	Optional<AppUser> lookup(String username) {
		return Optional.ofNullable(read(username).user());
	}

	private Standing read(String username) {
		long now = System.nanoTime();
		Standing standing = this.standings.get(username);
		if (standing == null || now - standing.readAtNanos() > this.maxAgeNanos) {
			standing = this.users.findByUsername(username)
				.map((account) -> new Standing(account.toAppUser(), account.isEnabled(), account.getLockedUntil(),
						account.getPasswordChangedAt(), now))
				.orElseGet(() -> new Standing(null, false, null, null, now));
			if (standing.user() != null) {
				// An absent account is not remembered: one made on another node is found
				// at once.
				if (this.standings.size() > 100_000) {
					this.standings.clear();
				}
				this.standings.put(username, standing);
			}
		}
		return standing;
	}

	/** Forgets what was read about an account, after a change on this node. */
	void changed(String username) {
		this.standings.remove(username);
	}

}
