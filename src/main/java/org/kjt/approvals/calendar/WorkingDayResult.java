package org.kjt.approvals.calendar;

import java.time.LocalDate;

/**
 * A date counted in working days.
 *
 * @param from the event's date (not counted)
 * @param days working days added
 * @param date the resulting date
 * @param provisional whether a year without calendar data was involved (weekends only)
 */
public record WorkingDayResult(LocalDate from, int days, LocalDate date, boolean provisional) {

}
