package org.kjt.approvals.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kjt.approvals.base.DomainException;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An account on a temporary password (an admin's reset) does nothing through the API but
 * choose its own password; the UI sends it to the password page the same way.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeGate implements WebMvcConfigurer {

	static final String CHANGE_PATH = "/api/account/password";

	private final Accounts accounts;

	PasswordChangeGate(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null && authentication.isAuthenticated()
						&& !(authentication instanceof AnonymousAuthenticationToken)
						&& PasswordChangeGate.this.accounts.find(authentication.getName())
							.map(AppUser::passwordChangeRequired)
							.orElse(false)) {
					throw DomainException.forbidden("account.error.passwordChangeRequired");
				}
				return true;
			}

		}).addPathPatterns("/api/**").excludePathPatterns(CHANGE_PATH);
	}

}
