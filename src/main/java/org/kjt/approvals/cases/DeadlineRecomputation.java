package org.kjt.approvals.cases;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.kjt.approvals.base.StartupLock;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a release brings a newly published year of holiday arrangements, the running
 * deadlines that fall in it (the decision's, and the intake limit of cases waiting for
 * intake) were counted over weekends only: at the first start-up with it they are counted
 * again over the calendar, and every change is recorded in the case's history. Other
 * start-ups do nothing.
 */
@Component
class DeadlineRecomputation {

	private static final Logger log = LoggerFactory.getLogger(DeadlineRecomputation.class);

	private final CaseFileRepository cases;

	private final CaseClocks clocks;

	private final WorkingDayCalendar calendar;

	private final JdbcTemplate jdbc;

	private final StartupLock startupLock;

	private final CaseProcesses processes;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final ManagementService managementService;

	private final ApplicationEventPublisher publisher;

	private final CaseLocks locks;

	DeadlineRecomputation(CaseFileRepository cases, CaseClocks clocks, WorkingDayCalendar calendar, JdbcTemplate jdbc,
			StartupLock startupLock, CaseProcesses processes, RuntimeService runtimeService, TaskService taskService,
			ManagementService managementService, ApplicationEventPublisher publisher, CaseLocks locks) {
		this.startupLock = startupLock;
		this.locks = locks;
		this.processes = processes;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.managementService = managementService;
		this.publisher = publisher;
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
		return changed + recomputeIntake(over, from);
	}

	/**
	 * Cases waiting for intake whose limit falls in the new year: the limit, the timer
	 * that deems them accepted when it passes (Art. 32) and the due date of the tasks due
	 * on it move together.
	 */
	private int recomputeIntake(WorkingDayCalendar over, LocalDate from) {
		int changed = 0;
		List<Long> waiting = this.cases.findByStatusAndIntakeDeadlineGreaterThanEqual(CaseStatus.SUBMITTED, from)
			.stream()
			.map(CaseFile::getId)
			.sorted()
			.toList();
		// The one lock order of every write: each case before its engine rows.
		for (long id : waiting) {
			CaseFile file = this.locks.locked(id).orElse(null);
			if (file == null || file.getStatus() != CaseStatus.SUBMITTED) {
				continue;
			}
			int days = this.processes.rules(file.getProcessKey()).map(CaseRules::intakeWorkingDays).orElse(0);
			String process = file.getProcessInstanceId();
			LocalDate before = file.getIntakeDeadline();
			if (days <= 0 || process == null) {
				continue;
			}
			Optional<LocalDate> moved = this.clocks.recomputeIntake(file, over, days);
			if (moved.isEmpty()) {
				continue;
			}
			Date oldDue = this.clocks.endOfDay(before);
			Date due = this.clocks.endOfDay(moved.get());
			this.runtimeService.setVariable(process, "intakeDue", due);
			for (Job timer : this.managementService.createTimerJobQuery()
				.processInstanceId(process)
				.elementId("intakeTimeout")
				.list()) {
				this.managementService.rescheduleTimeDateJob(timer.getId(), due.toInstant().toString());
			}
			for (Task task : this.taskService.createTaskQuery().processInstanceId(process).taskDueDate(oldDue).list()) {
				this.taskService.setDueDate(task.getId(), due);
			}
			this.publisher.publishEvent(new CaseIntakeDeadlineChanged(file.getId(), before, moved.get()));
			changed++;
		}
		return changed;
	}

}
