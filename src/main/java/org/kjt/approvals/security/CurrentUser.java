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

	CurrentUser(Accounts accounts) {
		this.accounts = accounts;
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
			return Optional.of(principal.user());
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
