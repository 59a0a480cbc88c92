package org.kjt.approvals.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Working days (工作日) from the yearly calendars in {@code reference/calendar/*.yml}:
 * weekends are rest days unless listed as make-up working days; listed holidays are rest
 * days. Counting starts the day after the event: the day of acceptance is not counted.
 */
@Service
public class WorkingDayCalendar {

	private final Map<LocalDate, DayKind> listed = new HashMap<>();

	private final Map<LocalDate, String> names = new HashMap<>();

	private final Set<Integer> years = new HashSet<>();

	WorkingDayCalendar() throws IOException {
		this(new PathMatchingResourcePatternResolver().getResources("classpath*:reference/calendar/*.yml"));
	}

	WorkingDayCalendar(Resource... files) throws IOException {
		for (Resource file : files) {
			try (InputStream in = file.getInputStream()) {
				load(file.getFilename(), new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
			}
		}
	}

	/**
	 * A calendar from given year files, e.g. to see what a newly published year changes.
	 * @param files year files
	 * @return the calendar
	 * @throws IOException if a file cannot be read
	 */
	public static WorkingDayCalendar of(Resource... files) throws IOException {
		return new WorkingDayCalendar(files);
	}

	/**
	 * The years whose holiday arrangements are loaded.
	 * @return the years
	 */
	public SortedSet<Integer> years() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(this.years));
	}

	/**
	 * The latest year whose holiday arrangements are loaded.
	 * @return the year
	 */
	public int latestYear() {
		return this.years.stream()
			.mapToInt(Integer::intValue)
			.max()
			.orElseThrow(() -> new IllegalStateException("No calendar year is loaded (reference/calendar/*.yml)"));
	}

	/**
	 * Whether a day is a working day.
	 * @param date the day
	 * @return true for working days
	 */
	public boolean isWorkingDay(LocalDate date) {
		return kind(date).isWorking();
	}

	/**
	 * What kind of day a date is.
	 * @param date the day
	 * @return workday, make-up workday, holiday or weekend
	 */
	public DayKind kind(LocalDate date) {
		DayKind kind = this.listed.get(date);
		if (kind != null) {
			return kind;
		}
		DayOfWeek day = date.getDayOfWeek();
		return (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) ? DayKind.WEEKEND : DayKind.WORKDAY;
	}

	/**
	 * The holiday's or make-up day's name, if listed.
	 * @param date the day
	 * @return the name or {@code null}
	 */
	public String name(LocalDate date) {
		return this.names.get(date);
	}

	/**
	 * Whether the calendar has no data for the date's year (weekends only).
	 * @param date the day
	 * @return true when provisional
	 */
	public boolean isProvisional(LocalDate date) {
		return !this.years.contains(date.getYear());
	}

	/**
	 * The date that lies {@code days} working days after {@code from}, the day of
	 * {@code from} not counted.
	 * @param from the event's date
	 * @param days working days, 0 or more
	 * @return the date and whether it is provisional
	 */
	public WorkingDayResult addWorkingDays(LocalDate from, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative: " + days);
		}
		LocalDate date = from;
		boolean provisional = isProvisional(from);
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			provisional |= isProvisional(date);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return new WorkingDayResult(from, days, date, provisional);
	}

	/**
	 * The working days after {@code fromExclusive} up to and including
	 * {@code toInclusive}; 0 when {@code toInclusive} is not after {@code fromExclusive}.
	 * @param fromExclusive first day, not counted
	 * @param toInclusive last day, counted
	 * @return number of working days
	 */
	public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
		int count = 0;
		for (LocalDate date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

	private void load(String file, Map<String, Object> root) {
		try {
			int year = ((Number) root.get("year")).intValue();
			for (Object entry : list(root.get("holidays"))) {
				Map<?, ?> holiday = (Map<?, ?>) entry;
				Object dates = holiday.get("dates");
				String[] range = (dates instanceof Date) ? new String[0] : String.valueOf(dates).split("\\.\\.");
				LocalDate first = (range.length == 0) ? date(dates) : LocalDate.parse(range[0].strip());
				LocalDate last = (range.length > 1) ? LocalDate.parse(range[1].strip()) : first;
				for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
					put(file, year, date, DayKind.HOLIDAY, holiday.get("name"));
				}
			}
			for (Object entry : list(root.get("workdays"))) {
				Map<?, ?> workday = (Map<?, ?>) entry;
				LocalDate date = date(workday.get("date"));
				DayOfWeek day = date.getDayOfWeek();
				if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
					throw new IllegalStateException(date + " is listed as make-up working day but is a " + day);
				}
				put(file, year, date, DayKind.MAKE_UP_WORKDAY, workday.get("name"));
			}
			this.years.add(year);
		}
		catch (RuntimeException ex) {
			if (ex instanceof DateTimeParseException || ex instanceof ClassCastException
					|| ex instanceof NullPointerException || ex instanceof IllegalStateException) {
				throw new IllegalStateException(
						"Calendar file reference/calendar/" + file + " is malformed: " + ex.getMessage(), ex);
			}
			throw ex;
		}
	}

	private void put(String file, int year, LocalDate date, DayKind kind, Object name) {
		if (date.getYear() != year) {
			throw new IllegalStateException(date + " is not in " + year);
		}
		if (this.listed.put(date, kind) != null) {
			throw new IllegalStateException(date + " is listed twice in " + file);
		}
		this.names.put(date, (name != null) ? name.toString() : null);
	}

	/** YAML reads an unquoted date as a timestamp at midnight UTC. */
	private static LocalDate date(Object value) {
		if (value instanceof Date date) {
			return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		}
		return LocalDate.parse(String.valueOf(value).strip());
	}

	private static List<?> list(Object value) {
		return (value instanceof List<?> list) ? list : List.of();
	}

}
