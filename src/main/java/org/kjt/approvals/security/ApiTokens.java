package org.kjt.approvals.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Signed tokens for API clients: the credentials are checked once, when the token is
 * issued, and the token then says who the user is (roles, department, division,
 * organisation), so a request neither hashes a password nor reads the account. HS256 with
 * the key from configuration; short-lived; a locked or disabled account is refused
 * through {@link AccountStanding}.
 */
@Component
public class ApiTokens {

	/** What an API client gets for its credentials. */
	public record IssuedToken(String accessToken, String tokenType, long expiresIn) {
	}

	static final String ISSUER = "approvals";

	private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

	private final NimbusJwtEncoder encoder;

	private final NimbusJwtDecoder decoder;

	private final TokenProperties properties;

	private final Clock clock;

	private final AccountStanding standing;

	private final Accounts accounts;

	ApiTokens(TokenProperties properties, Clock clock, AccountStanding standing, Accounts accounts) {
		this.properties = properties;
		this.clock = clock;
		this.standing = standing;
		this.accounts = accounts;
		SecretKey key = key(properties.secret());
		this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
		this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
		JwtTimestampValidator timestamps = new JwtTimestampValidator();
		timestamps.setClock(clock);
		this.decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER)));
	}

	private static SecretKey key(@Nullable String secret) {
		byte[] bytes;
		if (secret == null || secret.isBlank()) {
			bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
			log.warn("approvals.security.token.secret is not set: API tokens are signed with a random key of this "
					+ "start, so they end with a restart and are not accepted by other nodes");
		}
		else {
			bytes = secret.getBytes(StandardCharsets.UTF_8);
			if (bytes.length < 32) {
				throw new IllegalStateException("approvals.security.token.secret must be at least 32 bytes long");
			}
		}
		return new SecretKeySpec(bytes, "HmacSHA256");
	}

	/**
	 * Issues a token to the user whose credentials were just checked, and records the
	 * log-in.
	 * @param user the authenticated user
	 * @return the token and its lifetime
	 */
	public IssuedToken issue(AppUser user) {
		Instant now = this.clock.instant();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(user.username())
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.lifetime()))
			.claim("name", user.displayName())
			.claim("kind", user.kind().name())
			.claim("roles", user.roles().stream().map(Role::name).sorted().toList());
		claim(claims, "department", user.departmentCode());
		claim(claims, "division", user.divisionCode());
		claim(claims, "organisation", user.organisationName());
		claim(claims, "creditCode", user.creditCode());
		String token = this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
			.getTokenValue();
		this.accounts.recordLogin(user.username());
		return new IssuedToken(token, "Bearer", this.properties.lifetime().toSeconds());
	}

	private static void claim(JwtClaimsSet.Builder claims, String name, @Nullable String value) {
		if (value != null) {
			claims.claim(name, value);
		}
	}

	JwtDecoder decoder() {
		return this.decoder;
	}

	/**
	 * The user a valid token names, as the principal the rest of the application reads:
	 * who the account is now, from the database, not what the token says about it.
	 */
	Converter<Jwt, AbstractAuthenticationToken> authentication() {
		return (jwt) -> {
			AppUser user = this.standing.current(jwt.getSubject(), jwt.getIssuedAt());
			List<GrantedAuthority> authorities = user.roles()
				.stream()
				.<GrantedAuthority>map((role) -> new SimpleGrantedAuthority(role.authority()))
				.toList();
			AccountPrincipal principal = new AccountPrincipal(user, "", true, false, false, authorities);
			return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
		};
	}

}
