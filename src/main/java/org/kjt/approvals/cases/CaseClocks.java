package org.kjt.approvals.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import org.kjt.approvals.base.Phrase;
import org.kjt.approvals.base.Translations;
import org.kjt.approvals.calendar.WorkingDayCalendar;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The statutory clock of a case (行政许可法 Art. 42/45): started at acceptance with the item's
 * limit in working days, suspended while expert review or a hearing runs (the suspended
 * working days are added on resumption), extended once by 10 working days, stopped at the
 * decision. Every change is a history entry; the case row keeps the current state for
 * queries.
 */
@Component
class CaseClocks {

	/** Art. 42: one extension of 10 working days. */
	static final int EXTENSION_WORKING_DAYS = 10;

	/** Reminder when this many working days are left. */
	static final int REMINDER_WORKING_DAYS = 3;

	private final CaseEventRepository events;

	private final WorkingDayCalendar calendar;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final Translations translations;

	CaseClocks(CaseEventRepository events, WorkingDayCalendar calendar, ApplicationEventPublisher publisher,
			Clock clock, Translations translations) {
		this.translations = translations;
		this.events = events;
		this.calendar = calendar;
		this.publisher = publisher;
		this.clock = clock;
	}

	void start(CaseFile file, LocalDate acceptedOn, int limitDays) {
		LocalDate deadline = this.calendar.addWorkingDays(acceptedOn, limitDays).date();
		file.clock(ClockState.RUNNING, deadline, false, 0);
		record(file, CaseHistoryType.CLOCK_STARTED, acceptedOn, limitDays, deadlineText(deadline));
		this.publisher.publishEvent(new CaseDeadlineChanged(file.getId(), deadline));
	}

	void suspend(CaseFile file, LocalDate date, String reason) {
		requireState(file, ClockState.RUNNING);
		file.clock(ClockState.SUSPENDED, file.getDeadline(), file.isExtended(), file.getSuspendedDays());
		record(file, CaseHistoryType.CLOCK_SUSPENDED, date, null, reason);
	}

	/**
	 * Resumes the clock: the working days after the suspension day up to and including
	 * today were not counted, so the deadline moves by that many working days.
	 */
	void resume(CaseFile file, LocalDate date) {
		requireState(file, ClockState.SUSPENDED);
		LocalDate since = this.events.findByCaseIdOrderByIdAsc(file.getId())
			.stream()
			.filter((event) -> CaseHistoryType.CLOCK_SUSPENDED.name().equals(event.getType()))
			.reduce((first, second) -> second)
			.map(CaseEvent::getClockDate)
			.orElse(date);
		int days = Math.max(0, this.calendar.workingDaysBetween(since, date));
		LocalDate deadline = (days > 0) ? this.calendar.addWorkingDays(file.getDeadline(), days).date()
				: file.getDeadline();
		file.clock(ClockState.RUNNING, deadline, file.isExtended(), file.getSuspendedDays() + days);
		record(file, CaseHistoryType.CLOCK_RESUMED, date, days, deadlineText(deadline));
		this.publisher.publishEvent(new CaseDeadlineChanged(file.getId(), deadline));
	}

	void extend(CaseFile file, LocalDate date, String reason) {
		requireState(file, ClockState.RUNNING);
		if (file.isExtended()) {
			throw new IllegalStateException("Case " + file.getReferenceNo() + " was already extended");
		}
		LocalDate deadline = this.calendar.addWorkingDays(file.getDeadline(), EXTENSION_WORKING_DAYS).date();
		file.clock(ClockState.RUNNING, deadline, true, file.getSuspendedDays());
		file.extensionReason(reason);
		record(file, CaseHistoryType.CLOCK_EXTENDED, date, EXTENSION_WORKING_DAYS, reason);
		this.publisher.publishEvent(new CaseDeadlineChanged(file.getId(), deadline));
	}

	/**
	 * Replays the clock's recorded start, suspensions and extension over a calendar: when
	 * the holiday arrangements of a year are published, deadlines counted over its
	 * weekends only are counted again. A changed deadline is recorded and published.
	 * @return the new deadline if it changed
	 */
	Optional<LocalDate> recompute(CaseFile file, WorkingDayCalendar over) {
		LocalDate deadline = null;
		LocalDate suspendedSince = null;
		int suspended = 0;
		for (CaseEvent event : this.events.findByCaseIdOrderByIdAsc(file.getId())) {
			CaseHistoryType type = CaseHistoryType.of(event.getType());
			if (type == null) {
				continue;
			}
			switch (type) {
				case CLOCK_STARTED -> deadline = over.addWorkingDays(event.getClockDate(), event.getClockDays()).date();
				case CLOCK_SUSPENDED -> suspendedSince = event.getClockDate();
				case CLOCK_RESUMED -> {
					int days = (suspendedSince != null)
							? Math.max(0, over.workingDaysBetween(suspendedSince, event.getClockDate())) : 0;
					if (deadline != null && days > 0) {
						deadline = over.addWorkingDays(deadline, days).date();
					}
					suspended += days;
					suspendedSince = null;
				}
				case CLOCK_EXTENDED -> {
					if (deadline != null) {
						deadline = over.addWorkingDays(deadline, event.getClockDays()).date();
					}
				}
				default -> {
					// Other history entries do not move the clock.
				}
			}
		}
		if (deadline == null || deadline.equals(file.getDeadline())) {
			return Optional.empty();
		}
		LocalDate before = file.getDeadline();
		file.clock(file.getClockState(), deadline, file.isExtended(), suspended);
		record(file, CaseHistoryType.DEADLINE_RECOMPUTED, LocalDate.now(this.clock), null,
				Phrase.of("record.deadlineRecomputed", before, deadline));
		this.publisher.publishEvent(new CaseDeadlineChanged(file.getId(), deadline));
		return Optional.of(deadline);
	}

	/**
	 * The intake limit of a case waiting for intake counted again over a calendar, from
	 * the day its materials were received, and recorded in its history.
	 * @param file the case
	 * @param over the calendar
	 * @param workingDays the process's intake limit
	 * @return the new limit, or empty if it does not move
	 */
	Optional<LocalDate> recomputeIntake(CaseFile file, WorkingDayCalendar over, int workingDays) {
		LocalDate before = file.getIntakeDeadline();
		if (before == null || file.getReceivedOn() == null) {
			return Optional.empty();
		}
		LocalDate after = over.addWorkingDays(file.getReceivedOn(), workingDays).date();
		if (after.equals(before)) {
			return Optional.empty();
		}
		file.intakeDeadline(after);
		record(file, CaseHistoryType.DEADLINE_RECOMPUTED, LocalDate.now(this.clock), null,
				Phrase.of("record.intakeDeadlineRecomputed", before, after));
		return Optional.of(after);
	}

	void stop(CaseFile file, LocalDate date) {
		if (file.getClockState() == ClockState.NOT_STARTED || (file.getClockState() == ClockState.STOPPED)) {
			return;
		}
		file.clock(ClockState.STOPPED, file.getDeadline(), file.isExtended(), file.getSuspendedDays());
		record(file, CaseHistoryType.CLOCK_STOPPED, date, null, (String) null);
	}

	/** Reminds once when 3 working days are left; escalates once when overdue. */
	void checkDeadline(CaseFile file, LocalDate today) {
		if (file.getClockState() != ClockState.RUNNING || file.getDeadline() == null) {
			return;
		}
		int remaining = remaining(file.getDeadline(), today);
		if (remaining < 0 && !file.isOverdue()) {
			file.overdue();
			record(file, CaseHistoryType.ESCALATED, today, remaining, deadlineText(file.getDeadline()));
			this.publisher.publishEvent(new CaseOverdue(file.getId(), file.getReferenceNo()));
		}
		else if (remaining >= 0 && remaining <= REMINDER_WORKING_DAYS && !file.isReminded()) {
			file.reminded();
			record(file, CaseHistoryType.REMINDER, today, remaining, deadlineText(file.getDeadline()));
		}
	}

	/** A history detail in the record's language. */
	String recordText(String key, Object... params) {
		return this.translations.translate(key, params);
	}

	private static Phrase deadlineText(LocalDate deadline) {
		return Phrase.of("record.deadline", deadline);
	}

	CaseView.ClockView view(CaseFile file) {
		Integer remaining = null;
		if (file.getDeadline() != null && file.getClockState() != ClockState.STOPPED) {
			remaining = remaining(file.getDeadline(), LocalDate.now(this.clock));
		}
		LocalDate intakeDeadline = (file.getStatus() == CaseStatus.SUBMITTED) ? file.getIntakeDeadline() : null;
		LocalDate shown = (file.getDeadline() != null) ? file.getDeadline() : intakeDeadline;
		return new CaseView.ClockView(file.getClockState(), file.getAcceptedOn(), file.getDeadline(), remaining,
				file.isExtended(), file.getExtensionReason(), file.getSuspendedDays(), intakeDeadline, file.isOverdue(),
				shown != null && this.calendar.isProvisional(shown));
	}

	/** Working days left: 0 on the deadline day, negative once past it. */
	int remaining(LocalDate deadline, LocalDate today) {
		return deadline.isBefore(today) ? -this.calendar.workingDaysBetween(deadline, today)
				: this.calendar.workingDaysBetween(today, deadline);
	}

	/** The end of a day in the departments' zone, for timers and due dates. */
	Date endOfDay(LocalDate date) {
		return Date.from(date.plusDays(1).atStartOfDay(this.clock.getZone()).minusSeconds(1).toInstant());
	}

	private void requireState(CaseFile file, ClockState state) {
		if (state != file.getClockState()) {
			throw new IllegalStateException(
					"Clock of " + file.getReferenceNo() + " is " + file.getClockState() + ", not " + state);
		}
	}

	private void record(CaseFile file, HistoryType type, LocalDate date, Integer days, String detail) {
		this.events
			.save(new CaseEvent(file.getId(), this.clock.instant(), "system", type, file.getCurrentStep(), null, detail)
				.clock(date, days));
	}

	private void record(CaseFile file, HistoryType type, LocalDate date, Integer days, Phrase detail) {
		this.events.save(new CaseEvent(file.getId(), this.clock.instant(), "system", type, file.getCurrentStep(), null,
				this.translations.translate(detail))
			.clock(date, days)
			.phrase(detail));
	}

}
