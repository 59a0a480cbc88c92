package org.kjt.approvals.cases;

import java.time.LocalDate;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.inbox.InboxItem;
import org.kjt.approvals.licensing.LicensingFixtures;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.Committed;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A newly published year of holidays moves the running deadlines counted over it. */
@ApprovalsTest
class DeadlineRecomputationTests {

	@Autowired
	DeadlineRecomputation recomputation;

	@Autowired
	Cases cases;

	@Autowired
	Users users;

	@Autowired
	CaseViews views;

	@Autowired
	MutableClock clock;

	@Autowired
	Tasks tasks;

	@Autowired
	LicensingFixtures licensing;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskService taskService;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aProvisionalDeadlineIsCountedAgainOverTheNewYearsHolidays() throws Exception {
		// Accepted Tue 2026-12-15: weekends only in 2027, so Fri 01-01 counted: 01-12.
		this.clock.setDate(LocalDate.of(2026, 12, 15));
		// (applicant2: a case dated in the future would come first in applicant's list.)
		long id = this.licensing.accepted("applicant2", "liaoning");
		CaseView before = this.views.as("ln-approval", id);
		assertThat(before.clock().deadline()).isEqualTo(LocalDate.of(2027, 1, 12));
		assertThat(before.clock().provisional()).isTrue();

		// The 2027 arrangements arrive (test data: New Year's Day off): one working day
		// fewer before the 12th.
		WorkingDayCalendar with2027 = WorkingDayCalendar.of(new ClassPathResource("reference/calendar/2025.yml"),
				new ClassPathResource("reference/calendar/2026.yml"), new ClassPathResource("calendar-test/2027.yml"));
		assertThat(this.recomputation.recompute(with2027)).isPositive();
		CaseView after = this.views.as("ln-approval", id);
		assertThat(after.clock().deadline()).isEqualTo(LocalDate.of(2027, 1, 13));
		assertThat(after.history()).filteredOn((entry) -> "DEADLINE_RECOMPUTED".equals(entry.type()))
			.extracting(CaseView.HistoryEntry::detail)
			.containsExactly("按新公布的节假日安排重新计算:2027-01-12 → 2027-01-13");
		InboxItem review = this.tasks.groupQueue("ln-approval", id).get(0);
		assertThat(review.due()).isEqualTo(LocalDate.of(2027, 1, 13));

		// Counted again over the same calendar: nothing moves.
		this.recomputation.recompute(with2027);
		assertThat(this.views.as("ln-approval", id).history())
			.filteredOn((entry) -> "DEADLINE_RECOMPUTED".equals(entry.type()))
			.hasSize(1);
	}

	@Test
	void anIntakeLimitInTheNewYearMovesWithItsTimerAndTask() throws Exception {
		// Received Wed 2026-12-30: five working days, weekends only in 2027 (Fri 01-01
		// counted): 12-31, 01-01, 01-04, 01-05, 01-06.
		this.clock.setDate(LocalDate.of(2026, 12, 30));
		long id = this.licensing.submitted("applicant2", "liaoning");
		assertThat(intakeDeadline(id)).isEqualTo(LocalDate.of(2027, 1, 6));

		WorkingDayCalendar with2027 = WorkingDayCalendar.of(new ClassPathResource("reference/calendar/2025.yml"),
				new ClassPathResource("reference/calendar/2026.yml"), new ClassPathResource("calendar-test/2027.yml"));
		assertThat(this.recomputation.recompute(with2027)).isPositive();
		// New Year's Day off: 12-31, 01-04, 01-05, 01-06, 01-07.
		assertThat(intakeDeadline(id)).isEqualTo(LocalDate.of(2027, 1, 7));
		assertThat(this.views.as("ln-approval", id).history())
			.filteredOn((entry) -> "DEADLINE_RECOMPUTED".equals(entry.type()))
			.extracting(CaseView.HistoryEntry::detail)
			.containsExactly("受理期限按新公布的节假日安排重新计算:2027-01-06 → 2027-01-07");
		InboxItem intake = this.tasks.groupQueue("ln-approval", id).get(0);
		assertThat(intake.step()).isEqualTo("intake");
		assertThat(intake.due()).isEqualTo(LocalDate.of(2027, 1, 7));
		Job timer = this.managementService.createTimerJobQuery()
			.processInstanceId(this.tasks.processOf(id))
			.elementId("intakeTimeout")
			.singleResult();
		assertThat(timer.getDuedate().toInstant().atZone(this.clock.getZone()).toLocalDateTime())
			.isEqualTo(LocalDate.of(2027, 1, 7).atTime(23, 59, 59));
		assertThat(this.taskService.createTaskQuery()
			.processInstanceId(this.tasks.processOf(id))
			.singleResult()
			.getDueDate()
			.toInstant()
			.atZone(this.clock.getZone())
			.toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 7));

		// The moved timer still deems the application accepted once it passes.
		this.clock.setDate(LocalDate.of(2027, 1, 8));
		this.tasks.fireTimer(id, "intakeTimeout");
		assertThat(this.views.as("ln-approval", id).status()).isEqualTo(CaseStatus.ACCEPTED);
	}

	private LocalDate intakeDeadline(long caseId) {
		return this.jdbc.queryForObject("SELECT intake_deadline FROM apl_case WHERE id = ?", LocalDate.class, caseId);
	}

	@Test
	void startUpRemembersTheYearsCountedOverAndNoticesANewOne() {
		// The first start recorded the years it counted over.
		assertThat(this.jdbc.queryForList("SELECT calendar_year FROM cal_year_loaded ORDER BY calendar_year",
				Integer.class))
			.containsExactly(2025, 2026);
		// As if 2026 had just been released: noticed, counted again, recorded.
		Committed.update(this.jdbc, "DELETE FROM cal_year_loaded WHERE calendar_year = 2026");
		this.recomputation.atStartUp();
		assertThat(this.jdbc.queryForList("SELECT calendar_year FROM cal_year_loaded ORDER BY calendar_year",
				Integer.class))
			.containsExactly(2025, 2026);
	}

}
