package org.kjt.approvals.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import org.kjt.approvals.base.DomainException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Registration attempts are limited per client address (a sliding hour), so accounts and
 * organisations cannot be created or probed in bulk. Counted in the database, so the
 * limit holds for the deployment, however many nodes serve it; behind a proxy the
 * client's address is the forwarded one (see {@code server.forward-headers-strategy} in
 * the compose file).
 */
@Component
class RegistrationThrottle {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final int perHour;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	RegistrationThrottle(@Value("${approvals.security.registrations-per-hour:20}") int perHour, Clock clock,
			JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.perHour = perHour;
		this.clock = clock;
		this.jdbc = jdbc;
		// The attempt counts even when the registration it belongs to is refused and
		// rolled back.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Counts an attempt from the current request's client; refuses once over the limit.
	 */
	void attempt() {
		String address = address();
		Instant now = this.clock.instant();
		Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
		Boolean allowed = this.ownTransaction.execute((status) -> {
			this.jdbc.update("DELETE FROM app_registration_attempt WHERE attempted_at < ?", windowStart);
			Integer recent = this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM app_registration_attempt WHERE address = ? AND attempted_at >= ?",
					Integer.class, address, windowStart);
			if (recent != null && recent >= this.perHour) {
				return false;
			}
			this.jdbc.update("INSERT INTO app_registration_attempt (address, attempted_at) VALUES (?, ?)", address,
					Timestamp.from(now));
			return true;
		});
		if (!Boolean.TRUE.equals(allowed)) {
			throw DomainException.tooManyRequests("account.error.tooManyRegistrations");
		}
	}

	private static String address() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			String address = request.getRemoteAddr();
			return (address.length() > 64) ? address.substring(0, 64) : address;
		}
		return "unknown";
	}

}
