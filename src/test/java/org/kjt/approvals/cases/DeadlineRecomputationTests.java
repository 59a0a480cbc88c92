package org.kjt.approvals.cases;

import java.time.LocalDate;

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
