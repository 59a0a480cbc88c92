package org.kjt.approvals.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The logged-in principal, carrying what other modules need to know about the user, so
 * that requests do not look the account up again.
 */
public class AccountPrincipal extends User {

	private final AppUser user;

	private final boolean failuresToReset;

	AccountPrincipal(AppUser user, String passwordHash, boolean enabled, boolean locked, boolean failuresToReset,
			Collection<? extends GrantedAuthority> authorities) {
		super(user.username(), passwordHash, enabled, true, true, !locked, authorities);
		this.user = user;
		this.failuresToReset = failuresToReset;
	}

	public AppUser user() {
		return this.user;
	}

	/**
	 * Whether failed log-ins or a lock were on the account when it was read: only then
	 * does a successful log-in write.
	 */
	boolean failuresToReset() {
		return this.failuresToReset;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
