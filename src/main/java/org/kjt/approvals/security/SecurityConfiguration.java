package org.kjt.approvals.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import org.kjt.approvals.security.ui.LoginView;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Two chains: the REST API (a Bearer token or HTTP Basic, stateless, 401 without
 * credentials) and the Vaadin UI (form log-in, CSRF on). Method security guards every
 * state change, whichever side calls it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Read-only public information: Art. 30 publicity and verification of licences. */
	static final String[] PUBLIC_API = { "/api/departments", "/api/departments/**", "/api/items", "/api/items/**",
			"/api/calendar/**", "/api/licences/**", "/api/permits/**", "/api/progress", "/api/calls",
			"/api/notices/public", "/api/certificates", "/api/certificates/**" };

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens) throws Exception {
		http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**")
			.authorizeHttpRequests((auth) -> auth
				// Who changed the routing is for admins; the routing itself is public.
				.requestMatchers(HttpMethod.GET, "/api/departments/*/routing/changes")
				.hasRole("ADMIN")
				// A licence's or a permit's document is for its holder and the staff
				// handling it.
				.requestMatchers(HttpMethod.GET, "/api/licences/*/pdf", "/api/permits/*/pdf")
				.authenticated()
				.requestMatchers(HttpMethod.GET, PUBLIC_API)
				.permitAll()
				// Anyone may object to a public notice (throttled per client).
				.requestMatchers(HttpMethod.POST, "/api/registrations", "/api/work-permits/points",
						"/api/notices/public/*/objections")
				.permitAll()
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**",
						"/actuator/health")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(entryPoint()))
			// A Bearer token from POST /api/auth/token: no password hash per request.
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(tokens.authentication()))
				.authenticationEntryPoint(entryPoint()))
			// Always 401 with a challenge, never a redirect to the log-in page.
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Stateless authentication by header: no session cookie a forged request
			// could ride on.
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain uiChain(HttpSecurity http, SessionRegistry sessions) throws Exception {
		http.with(VaadinSecurityConfigurer.vaadin(),
				(vaadin) -> vaadin.loginView(LoginView.class).defaultSuccessUrl("/start"));
		// Every UI session is registered, so that disabling or changing an account ends
		// the
		// sessions it has open (Accounts.updateStaff); an ended session goes to the
		// log-in.
		http.sessionManagement((session) -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login"));
		// Framing is governed by the Content-Security-Policy's frame-ancestors (none for
		// pages, this site for previewed files: SecurityHeaders); the legacy header only
		// keeps other sites out, so a preview can be shown in a dialog of our own.
		http.headers((headers) -> headers.frameOptions((frame) -> frame.sameOrigin()));
		return http.build();
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when a session ends. */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/**
	 * A request the firewall rejects (encoded slashes, path traversal…) is a 400, which
	 * the API answers as JSON like any other error.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new HttpStatusRequestRejectedHandler(400);
	}

	/**
	 * 401 with the Basic challenge, or the Bearer one (naming the token error) when a
	 * token was sent; the body is the API's JSON error, written on the error dispatch.
	 */
	private static AuthenticationEntryPoint entryPoint() {
		BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName("approvals");
		BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
		bearer.setRealmName("approvals");
		return (request, response, exception) -> {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				bearer.commence(request, response, exception);
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			}
			else {
				basic.commence(request, response, exception);
			}
		};
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, with the algorithm id stored so it can be upgraded later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
