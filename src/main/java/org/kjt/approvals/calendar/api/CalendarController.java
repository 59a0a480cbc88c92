package org.kjt.approvals.calendar.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.calendar.WorkingDayResult;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "calendar", description = "Working days from the State Council holiday calendars (public)")
class CalendarController {

	private static final int MAX_DAYS = 365;

	private final WorkingDayCalendar calendar;

	CalendarController(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/api/calendar/working-days")
	@Operation(summary = "The date N working days after a date (the date itself not counted)")
	WorkingDayResult add(@RequestParam(required = false) String from, @RequestParam(required = false) Integer days) {
		LocalDate start = date("from", from);
		if (days == null || days < 0 || days > MAX_DAYS) {
			throw DomainException.invalid("days", "calendar.error.days", MAX_DAYS);
		}
		return this.calendar.addWorkingDays(start, days);
	}

	@GetMapping("/api/calendar/working-days/between")
	@Operation(summary = "Working days after 'from' up to and including 'to'")
	Map<String, Object> between(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		LocalDate start = date("from", from);
		LocalDate end = date("to", to);
		if (end.isBefore(start) || start.plusDays(3660).isBefore(end)) {
			throw DomainException.invalid("to", "calendar.error.range");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("from", start);
		body.put("to", end);
		body.put("workingDays", this.calendar.workingDaysBetween(start, end));
		body.put("provisional", this.calendar.isProvisional(start) || this.calendar.isProvisional(end));
		return body;
	}

	@GetMapping("/api/calendar/days/{date}")
	@Operation(summary = "Whether a day is a working day, and why")
	Map<String, Object> day(@PathVariable String date) {
		LocalDate day = date("date", date);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("date", day);
		body.put("workingDay", this.calendar.isWorkingDay(day));
		body.put("kind", this.calendar.kind(day));
		body.put("name", this.calendar.name(day));
		body.put("provisional", this.calendar.isProvisional(day));
		return body;
	}

	private static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			throw DomainException.invalid(field, "calendar.error.date", field);
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid(field, "calendar.error.date", field);
		}
	}

}
