package org.kjt.approvals.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Limits one kind of attempt per client address in a sliding window. Counted in the
 * database, so the limit holds for the deployment however many nodes serve it; behind a
 * proxy the client's address is the forwarded one (see
 * {@code server.forward-headers-strategy} in the compose file).
 */
public final class AttemptThrottle {

	private final String kind;

	private final int limit;

	private final Duration window;

	private final String refusal;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	/**
	 * @param kind what is counted (a short code)
	 * @param limit attempts allowed per address in the window
	 * @param window the sliding window
	 * @param refusal message key of the refusal
	 * @param clock the clock
	 * @param jdbc the database
	 * @param transactions transactions
	 */
	public AttemptThrottle(String kind, int limit, Duration window, String refusal, Clock clock, JdbcTemplate jdbc,
			PlatformTransactionManager transactions) {
		this.kind = kind;
		this.limit = limit;
		this.window = window;
		this.refusal = refusal;
		this.clock = clock;
		this.jdbc = jdbc;
		// The attempt counts even when what it belongs to is refused and rolled back.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Counts an attempt from the current request's client; refuses once over the limit
	 * (429).
	 */
	public void attempt() {
		if (!allowed(true)) {
			throw DomainException.tooManyRequests(this.refusal);
		}
	}

	/**
	 * Refuses (429) if the current client is over the limit, without counting: for
	 * attempts counted only when they fail.
	 */
	public void check() {
		if (!allowed(false)) {
			throw DomainException.tooManyRequests(this.refusal);
		}
	}

	/**
	 * Counts a failed attempt from the current client.
	 */
	public void failed() {
		allowed(true);
	}

	private boolean allowed(boolean count) {
		String address = address();
		Instant now = this.clock.instant();
		Timestamp windowStart = Timestamp.from(now.minus(this.window));
		Boolean allowed = this.ownTransaction.execute((status) -> {
			if (count) {
				this.jdbc.update("DELETE FROM app_attempt WHERE attempted_at < ? AND kind = ?", windowStart, this.kind);
			}
			Integer recent = this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM app_attempt WHERE address = ? AND attempted_at >= ? AND kind = ?",
					Integer.class, address, windowStart, this.kind);
			if (recent != null && recent >= this.limit) {
				return false;
			}
			if (count) {
				this.jdbc.update("INSERT INTO app_attempt (kind, address, attempted_at) VALUES (?, ?, ?)", this.kind,
						address, Timestamp.from(now));
			}
			return true;
		});
		return Boolean.TRUE.equals(allowed);
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
