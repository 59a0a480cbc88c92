package org.kjt.approvals.base.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Moments as people in the department write them: local time of the department's zone
 * (the clock's, Asia/Shanghai), to the minute. The API keeps ISO-8601 instants.
 */
@Component
public class LocalTimes {

	private final DateTimeFormatter minutes;

	LocalTimes(Clock clock) {
		this.minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
	}

	/**
	 * @param at a moment, may be null
	 * @return e.g. {@code 2026-12-01 18:40}, or a dash
	 */
	public String format(@Nullable Instant at) {
		return (at != null) ? this.minutes.format(at) : "—";
	}

}
