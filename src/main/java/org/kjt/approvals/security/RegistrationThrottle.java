package org.kjt.approvals.security;

import java.time.Clock;
import java.time.Duration;

import org.kjt.approvals.base.AttemptThrottle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Registration attempts are limited per client address (a sliding hour), so accounts and
 * organisations cannot be created or probed in bulk.
 */
@Component
class RegistrationThrottle {

	private final AttemptThrottle throttle;

	RegistrationThrottle(@Value("${approvals.security.registrations-per-hour:20}") int perHour, Clock clock,
			JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.throttle = new AttemptThrottle("registration", perHour, Duration.ofHours(1),
				"account.error.tooManyRegistrations", clock, jdbc, transactions);
	}

	/**
	 * Counts an attempt from the current request's client; refuses once over the limit.
	 */
	void attempt() {
		this.throttle.attempt();
	}

}
