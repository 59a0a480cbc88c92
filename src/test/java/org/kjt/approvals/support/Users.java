package org.kjt.approvals.support;

import java.util.concurrent.Callable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs service calls as a given (demo) user, the way a logged-in request would. */
@Component
public class Users {

	private final UserDetailsService userDetails;

	Users(UserDetailsService userDetails) {
		this.userDetails = userDetails;
	}

	public <T> T as(String username, Callable<T> action) {
		// As after a log-in: the principal carries the user.
		var principal = this.userDetails.loadUserByUsername(username);
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			return action.call();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public void run(String username, Runnable action) {
		as(username, () -> {
			action.run();
			return null;
		});
	}

}
