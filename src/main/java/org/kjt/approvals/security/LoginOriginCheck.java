package org.kjt.approvals.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login CSRF: Vaadin's log-in form posts without a CSRF token, so a page of another site
 * could post its own credentials and log a visitor into the attacker's account. Browsers
 * name the page a form was posted from ({@code Origin}, and {@code Sec-Fetch-Site}): a
 * log-in posted from another site is refused with 403 before Spring Security sees it.
 */
@Configuration(proxyBeanMethods = false)
class LoginOriginCheck {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> loginOrigin() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Check());
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
		registration.addUrlPatterns("/login");
		return registration;
	}

	static final class Check extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if ("POST".equals(request.getMethod()) && crossSite(request)) {
				// Written here, not sent as an error: the error page would redirect to
				// the
				// log-in form.
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
				response.setContentType("text/plain;charset=UTF-8");
				response.getWriter().write("403 Forbidden: log-in posted from another site");
				return;
			}
			chain.doFilter(request, response);
		}

		static boolean crossSite(HttpServletRequest request) {
			if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
				return true;
			}
			String origin = request.getHeader("Origin");
			if (origin == null) {
				// Not a browser's cross-site form (browsers send Origin on every POST).
				return false;
			}
			if ("null".equals(origin)) {
				return true;
			}
			try {
				URI from = URI.create(origin);
				String host = request.getHeader("Host");
				return from.getAuthority() == null || !from.getAuthority().equalsIgnoreCase(host);
			}
			catch (IllegalArgumentException ex) {
				return true;
			}
		}

	}

}
