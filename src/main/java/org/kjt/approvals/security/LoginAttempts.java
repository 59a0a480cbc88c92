package org.kjt.approvals.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed log-ins (UI and API alike) and locks the account at the limit. A log-in
 * is recorded when the UI's form logs in (or a token is issued, see {@link ApiTokens}); a
 * request that merely carries credentials writes only when it resets a failure count.
 */
@Component
class LoginAttempts {

	private final Accounts accounts;

	LoginAttempts(Accounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.recordFailedLogin(event.getAuthentication().getName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
				&& principal.failuresToReset()) {
			this.accounts.recordSuccessfulLogin(principal.getUsername());
		}
	}

	@EventListener
	void loggedIn(InteractiveAuthenticationSuccessEvent event) {
		this.accounts.recordLogin(event.getAuthentication().getName());
	}

}
