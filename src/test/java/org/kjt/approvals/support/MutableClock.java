package org.kjt.approvals.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The tests' clock: the system time plus an offset that a test moves forward instead of
 * sleeping. Tests that move it call {@link #reset()} afterwards, since the context is
 * shared.
 */
public class MutableClock extends Clock {

	private final ZoneId zone;

	private volatile Duration offset = Duration.ZERO;

	private volatile Instant fixed;

	public MutableClock(ZoneId zone) {
		this.zone = zone;
	}

	public void advance(Duration duration) {
		if (this.fixed != null) {
			this.fixed = this.fixed.plus(duration);
		}
		else {
			this.offset = this.offset.plus(duration);
		}
	}

	/** Stops time at the given instant until {@link #reset()}. */
	public void setInstant(Instant instant) {
		this.fixed = instant;
	}

	/** Stops time at 09:00 of the given day in the clock's zone. */
	public void setDate(LocalDate date) {
		setInstant(date.atTime(9, 0).atZone(this.zone).toInstant());
	}

	public void reset() {
		this.offset = Duration.ZERO;
		this.fixed = null;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		Instant stopped = this.fixed;
		return (stopped != null) ? stopped : Instant.now().plus(this.offset);
	}

}
