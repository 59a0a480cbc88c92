package org.kjt.approvals.base;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Errors of the REST API stay API errors: when the servlet container dispatches an
 * {@code /api/**} or {@code /actuator/**} request to its error page (a 401 challenge, a
 * firewall rejection, an exception no handler took), the answer is the API's JSON with
 * the status, never the UI's log-in redirect or an empty 403. Runs before the security
 * filters, so the UI's chain never sees these dispatches.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorFilter {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> apiErrors(Translations translations) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new ApiErrorPage(translations));
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

	static boolean isApi(String uri) {
		return uri.startsWith("/api/") || uri.equals("/api") || uri.startsWith("/actuator/")
				|| uri.startsWith("/v3/api-docs");
	}

	static final class ApiErrorPage extends OncePerRequestFilter {

		private final Translations translations;

		private final JsonMapper json = JsonMapper.builder().build();

		ApiErrorPage(Translations translations) {
			this.translations = translations;
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			String path = (uri != null) ? uri.toString().substring(request.getContextPath().length()) : "";
			if (!isApi(path) || response.isCommitted()) {
				chain.doFilter(request, response);
				return;
			}
			Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
			int status = (code instanceof Integer number) ? number : 500;
			Locale locale = (request.getHeader("Accept-Language") != null) ? Translations.supported(request.getLocale())
					: Translations.CHINESE;
			byte[] body = this.json
				.writeValueAsBytes(ApiErrorBody.of(this.translations, status, ApiErrorBody.code(status), locale, null));
			response.setStatus(status);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}

	}

}
