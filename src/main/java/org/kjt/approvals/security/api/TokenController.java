package org.kjt.approvals.security.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.security.ApiTokens;
import org.kjt.approvals.security.CurrentUser;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "accounts", description = "Registration of applicants and the current user")
class TokenController {

	/** The OAuth 2.0 token response's names (RFC 6749 §5.1). */
	record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
			@JsonProperty("expires_in") long expiresIn) {
	}

	private final ApiTokens tokens;

	private final CurrentUser currentUser;

	TokenController(ApiTokens tokens, CurrentUser currentUser) {
		this.tokens = tokens;
		this.currentUser = currentUser;
	}

	@PostMapping("/api/auth/token")
	@Operation(summary = "A Bearer token for the user whose credentials (HTTP Basic) are sent",
			description = "Answers {access_token, token_type: Bearer, expires_in (s)}. Send it as "
					+ "'Authorization: Bearer …' on every /api/** request until it expires; then ask again.")
	TokenResponse token(HttpServletRequest request) {
		// A token is had for the password, not for another token: a stolen token cannot
		// be
		// kept alive past its lifetime.
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			throw DomainException.invalid("Authorization", "token.error.basicRequired");
		}
		ApiTokens.IssuedToken token = this.tokens.issue(this.currentUser.require());
		return new TokenResponse(token.accessToken(), token.tokenType(), token.expiresIn());
	}

}
