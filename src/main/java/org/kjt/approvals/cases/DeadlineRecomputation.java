package org.kjt.approvals.cases;

import java.time.LocalDate;
import java.util.List;

import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a release brings a newly published year of holiday arrangements, the running
 * deadlines that fall in it were counted over weekends only: at start-up they are counted
 * again over the calendar, and every change is recorded in the case's history.
 */
@Component
class DeadlineRecomputation {

	private static final Logger log = LoggerFactory.getLogger(DeadlineRecomputation.class);

	private final CaseFileRepository cases;

	private final CaseClocks clocks;

	private final WorkingDayCalendar calendar;

	DeadlineRecomputation(CaseFileRepository cases, CaseClocks clocks, WorkingDayCalendar calendar) {
		this.cases = cases;
		this.clocks = clocks;
		this.calendar = calendar;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void atStartUp() {
		int changed = recompute(this.calendar);
		if (changed > 0) {
			log.info("Recomputed {} running deadline(s) over the holiday calendar up to {}", changed,
					this.calendar.latestYear());
		}
	}

	/**
	 * Counts again the running deadlines in the calendar's latest year and after.
	 * @param over the calendar
	 * @return how many changed
	 */
	@Transactional
	int recompute(WorkingDayCalendar over) {
		List<CaseFile> running = this.cases.findByClockStateInAndDeadlineGreaterThanEqual(
				List.of("RUNNING", "SUSPENDED"), LocalDate.of(over.latestYear(), 1, 1));
		int changed = 0;
		for (CaseFile file : running) {
			if (this.clocks.recompute(file, over).isPresent()) {
				changed++;
			}
		}
		return changed;
	}

}
