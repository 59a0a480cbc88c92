package org.kjt.approvals.calendar;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hand-computed from the State Council notices for 2025 and 2026 (domain-rules §4). */
class WorkingDayCalendarTests {

	private final WorkingDayCalendar calendar;

	WorkingDayCalendarTests() throws IOException {
		this.calendar = new WorkingDayCalendar();
	}

	@Test
	void twentyWorkingDaysAcrossNationalDay2026() {
		assertThat(this.calendar.addWorkingDays(day(2026, 9, 24), 20))
			.isEqualTo(new WorkingDayResult(day(2026, 9, 24), 20, day(2026, 10, 29), false));
		assertThat(add(2026, 9, 30, 1)).isEqualTo(day(2026, 10, 8));
		// Make-up working days: Sun 09-20 and Sat 10-10.
		assertThat(add(2026, 9, 18, 1)).isEqualTo(day(2026, 9, 20));
		assertThat(add(2026, 10, 9, 1)).isEqualTo(day(2026, 10, 10));
		assertThat(add(2026, 10, 10, 1)).isEqualTo(day(2026, 10, 12));
	}

	@Test
	void springFestival2026() {
		assertThat(add(2026, 2, 12, 1)).isEqualTo(day(2026, 2, 13));
		assertThat(add(2026, 2, 12, 2)).isEqualTo(day(2026, 2, 14));
		assertThat(add(2026, 2, 14, 1)).isEqualTo(day(2026, 2, 24));
		assertThat(add(2026, 2, 27, 1)).isEqualTo(day(2026, 2, 28));
		assertThat(add(2026, 2, 28, 1)).isEqualTo(day(2026, 3, 2));
	}

	@Test
	void holidays2025AndTheYearBoundary() {
		assertThat(add(2025, 9, 30, 1)).isEqualTo(day(2025, 10, 9));
		assertThat(add(2025, 9, 26, 1)).isEqualTo(day(2025, 9, 28));
		assertThat(add(2025, 1, 24, 1)).isEqualTo(day(2025, 1, 26));
		assertThat(add(2025, 1, 27, 1)).isEqualTo(day(2025, 2, 5));
		// 2026-01-01..03 off, Sunday 01-04 a make-up working day.
		assertThat(add(2025, 12, 31, 1)).isEqualTo(day(2026, 1, 4));
	}

	@Test
	void theIntakeLimitOfFiveWorkingDays() {
		assertThat(add(2026, 11, 23, 5)).isEqualTo(day(2026, 11, 30));
		assertThat(add(2026, 9, 24, 5)).isEqualTo(day(2026, 10, 9));
	}

	@Test
	void workingDaysBetween() {
		assertThat(this.calendar.workingDaysBetween(day(2026, 9, 30), day(2026, 10, 9))).isEqualTo(2);
		assertThat(this.calendar.workingDaysBetween(day(2026, 10, 1), day(2026, 10, 1))).isZero();
		assertThat(this.calendar.workingDaysBetween(day(2026, 10, 9), day(2026, 10, 1))).isZero();
		assertThat(this.calendar.workingDaysBetween(day(2026, 9, 24), day(2026, 10, 29))).isEqualTo(20);
	}

	@Test
	void kindsOfDay() {
		assertThat(this.calendar.kind(day(2026, 10, 10))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
		assertThat(this.calendar.kind(day(2026, 10, 3))).isEqualTo(DayKind.HOLIDAY);
		assertThat(this.calendar.name(day(2026, 10, 3))).isEqualTo("国庆节");
		assertThat(this.calendar.kind(day(2026, 11, 28))).isEqualTo(DayKind.WEEKEND);
		assertThat(this.calendar.kind(day(2026, 11, 24))).isEqualTo(DayKind.WORKDAY);
		assertThat(this.calendar.isWorkingDay(day(2026, 2, 23))).isFalse();
	}

	@Test
	void aYearWithoutDataCountsWeekendsOnlyAndSaysSo() {
		assertThat(this.calendar.addWorkingDays(day(2027, 1, 1), 1))
			.isEqualTo(new WorkingDayResult(day(2027, 1, 1), 1, day(2027, 1, 4), true));
		assertThat(this.calendar.addWorkingDays(day(2026, 12, 31), 1).provisional()).isTrue();
		assertThat(this.calendar.addWorkingDays(day(2026, 12, 30), 1).provisional()).isFalse();
		assertThatThrownBy(() -> this.calendar.addWorkingDays(day(2026, 1, 5), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private LocalDate add(int year, int month, int dayOfMonth, int days) {
		return this.calendar.addWorkingDays(day(year, month, dayOfMonth), days).date();
	}

	private static LocalDate day(int year, int month, int dayOfMonth) {
		return LocalDate.of(year, month, dayOfMonth);
	}

}
