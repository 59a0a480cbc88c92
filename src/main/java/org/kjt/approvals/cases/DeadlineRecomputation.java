package org.kjt.approvals.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.kjt.approvals.base.StartupLock;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a release brings a newly published year of holiday arrangements, the running
 * deadlines that fall in it were counted over weekends only: at the first start-up with
 * it they are counted again over the calendar, and every change is recorded in the case's
 * history. Other start-ups do nothing.
 */
@Component
class DeadlineRecomputation {

	private static final Logger log = LoggerFactory.getLogger(DeadlineRecomputation.class);

	private final CaseFileRepository cases;

	private final CaseClocks clocks;

	private final WorkingDayCalendar calendar;

	private final JdbcTemplate jdbc;

	private final StartupLock startupLock;

	DeadlineRecomputation(CaseFileRepository cases, CaseClocks clocks, WorkingDayCalendar calendar, JdbcTemplate jdbc,
			StartupLock startupLock) {
		this.startupLock = startupLock;
		this.cases = cases;
		this.clocks = clocks;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	/**
	 * Only when a release added a year since the last start: the running deadlines from
	 * that year on are counted again. The first start only records the years.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void atStartUp() {
		// Nodes starting together take turns: the second finds the years recorded.
		this.startupLock.holdInThisTransaction();
		Set<Integer> counted = new TreeSet<>(
				this.jdbc.queryForList("SELECT calendar_year FROM cal_year_loaded", Integer.class));
		Set<Integer> added = new TreeSet<>(this.calendar.years());
		added.removeAll(counted);
		if (!counted.isEmpty() && !added.isEmpty()) {
			int first = added.iterator().next();
			int changed = recompute(this.calendar, LocalDate.of(first, 1, 1));
			log.info("Holiday arrangements for {} added: {} running deadline(s) counted again", added, changed);
		}
		added.forEach((year) -> this.jdbc.update("INSERT INTO cal_year_loaded (calendar_year) VALUES (?)", year));
	}

	/**
	 * Counts again the running deadlines in the calendar's latest year and after.
	 * @param over the calendar
	 * @return how many changed
	 */
	@Transactional
	int recompute(WorkingDayCalendar over) {
		return recompute(over, LocalDate.of(over.latestYear(), 1, 1));
	}

	private int recompute(WorkingDayCalendar over, LocalDate from) {
		List<CaseFile> running = this.cases
			.findByClockStateInAndDeadlineGreaterThanEqual(List.of(ClockState.RUNNING, ClockState.SUSPENDED), from);
		int changed = 0;
		for (CaseFile file : running) {
			if (this.clocks.recompute(file, over).isPresent()) {
				changed++;
			}
		}
		return changed;
	}

}
