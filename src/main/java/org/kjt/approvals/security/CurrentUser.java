package org.kjt.approvals.security;

import java.util.Optional;

import org.kjt.approvals.base.DomainException;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user of the current request or UI session, for the services that check who acts.
 */
@Component
public class CurrentUser {

	private final Accounts accounts;

	private final AccountStanding standing;

	CurrentUser(Accounts accounts, AccountStanding standing) {
		this.accounts = accounts;
		this.standing = standing;
	}

	/**
	 * The logged-in user.
	 * @return the user, empty when anonymous
	 */
	public Optional<AppUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
			// Not the user as it was at log-in: an account disabled or moved out of its
			// organisation on any node stops acting within the standing check.
			return this.standing.enabled(principal.user().username());
		}
		return this.accounts.find(authentication.getName());
	}

	/**
	 * The logged-in user, or a refusal.
	 * @return the user
	 */
	public AppUser require() {
		return get().orElseThrow(() -> DomainException.forbidden("error.notLoggedIn"));
	}

}
