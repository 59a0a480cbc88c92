package org.kjt.approvals.security;

import java.io.IOException;

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
 * The headers every answer carries, set before anything is written (the UI's pages are
 * written by Vaadin's servlet behind a forward, where the security chain's own header
 * writer does not reach): a Content Security Policy, a referrer policy, no content
 * sniffing, no framing by other sites.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

	/**
	 * The UI's policy: Vaadin's client engine starts from an inline script and evaluates
	 * the expressions the server sends, so it needs {@code 'unsafe-inline' 'unsafe-eval'}
	 * for scripts and inline styles; everything else comes from this origin only.
	 */
	static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
			+ " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
			+ " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The API's: JSON, the printable notice pages (inline styles only) and the API
	 * documentation's own files.
	 */
	static final String API_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
			+ " object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	/**
	 * A file the UI serves for the session (a material to preview): shown in a frame of
	 * this site's own pages, nowhere else, and allowed nothing active.
	 */
	static final String RESOURCE_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline';"
			+ " frame-ancestors 'self'";

	static final String RESOURCE_PATH = "/VAADIN/dynamic/resource/";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> securityHeaderWriter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Writer());
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.addUrlPatterns("/*");
		return registration;
	}

	static final class Writer extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			boolean api = path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/v3/api-docs")
					|| path.startsWith("/swagger-ui");
			boolean resource = path.startsWith(RESOURCE_PATH);
			response.setHeader("Content-Security-Policy", api ? API_POLICY : resource ? RESOURCE_POLICY : UI_POLICY);
			response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("X-Frame-Options", resource ? "SAMEORIGIN" : "DENY");
			chain.doFilter(request, response);
		}

	}

}
