package org.kjt.approvals.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.kjt.approvals.base.DomainException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Registration attempts are limited per client address (a sliding hour), so accounts and
 * organisations cannot be created or probed in bulk. Kept in memory per node: with N
 * nodes a client gets at most N times the limit.
 */
@Component
class RegistrationThrottle {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final int perHour;

	private final Clock clock;

	private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

	RegistrationThrottle(@Value("${approvals.security.registrations-per-hour:20}") int perHour, Clock clock) {
		this.perHour = perHour;
		this.clock = clock;
	}

	/**
	 * Counts an attempt from the current request's client; refuses once over the limit.
	 */
	void attempt() {
		String address = address();
		Instant now = this.clock.instant();
		Deque<Instant> recent = this.attempts.computeIfAbsent(address, (key) -> new ArrayDeque<>());
		synchronized (recent) {
			while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
				recent.pollFirst();
			}
			if (recent.size() >= this.perHour) {
				throw DomainException.tooManyRequests("account.error.tooManyRegistrations");
			}
			recent.addLast(now);
		}
		if (this.attempts.size() > 100_000) {
			// A bound on memory: forget addresses whose window is over.
			this.attempts.entrySet().removeIf((entry) -> {
				synchronized (entry.getValue()) {
					return entry.getValue().isEmpty() || entry.getValue().peekLast().isBefore(now.minus(WINDOW));
				}
			});
		}
	}

	private static String address() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "unknown";
	}

}
