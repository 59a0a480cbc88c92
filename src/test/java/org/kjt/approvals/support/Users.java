package org.kjt.approvals.support;

import java.util.concurrent.Callable;

import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Runs service calls as a given (demo) user, the way a logged-in request would. */
@Component
public class Users {

	private final Accounts accounts;

	Users(Accounts accounts) {
		this.accounts = accounts;
	}

	public <T> T as(String username, Callable<T> action) {
		AppUser user = this.accounts.find(username).orElseThrow();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(username, null,
				user.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList());
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
