package org.kjt.approvals.security;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * API tokens.
 *
 * @param secret the HMAC key tokens are signed with (at least 32 bytes; every node of one
 * deployment needs the same); when absent each start makes a random one, so tokens do not
 * outlive a restart
 * @param lifetime how long a token is valid
 * @param standingCheck how long a node trusts what it last read about an account being
 * enabled and not locked (a locked or disabled account's tokens stop working within it)
 */
@ConfigurationProperties("approvals.security.token")
record TokenProperties(@Nullable String secret, Duration lifetime, Duration standingCheck) {

	TokenProperties {
		lifetime = (lifetime != null && !lifetime.isNegative() && !lifetime.isZero()) ? lifetime
				: Duration.ofMinutes(15);
		standingCheck = (standingCheck != null && !standingCheck.isNegative()) ? standingCheck : Duration.ofSeconds(30);
	}

}
