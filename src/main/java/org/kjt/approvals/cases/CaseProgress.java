package org.kjt.approvals.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.AttemptThrottle;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.calendar.WorkingDayCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * 办件进度: where a case stands and the steps it went through, as a timeline in working days.
 * The applicant reads it on their case page; anyone holding the receipt reads it without
 * logging in, by the reference number and the receipt's query code (or the applicant's
 * credit code). It names no person and quotes no opinion.
 */
@Service
public class CaseProgress {

	private final CaseFileRepository cases;

	private final CaseAccess access;

	private final CasePaths paths;

	private final CaseClocks clocks;

	private final Catalogue catalogue;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final AttemptThrottle throttle;

	CaseProgress(CaseFileRepository cases, CaseAccess access, CasePaths paths, CaseClocks clocks, Catalogue catalogue,
			WorkingDayCalendar calendar, Clock clock, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${approvals.security.failed-progress-lookups-per-hour:30}") int failedPerHour) {
		this.cases = cases;
		this.access = access;
		this.paths = paths;
		this.clocks = clocks;
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.clock = clock;
		// Only failed look-ups count, so a receipt holder checking daily is never
		// refused,
		// while guessing codes stops after a few tries.
		this.throttle = new AttemptThrottle("progress", failedPerHour, Duration.ofHours(1),
				"progress.error.tooManyLookups", clock, jdbc, transactions);
	}

	/**
	 * The progress of a submitted case for whoever holds its receipt. A wrong reference
	 * and a wrong code are answered alike (404), and failed look-ups are throttled per
	 * client (429).
	 * @param referenceNo the reference number
	 * @param code the receipt's query code, or the applicant's unified social credit code
	 * @return the progress
	 */
	// No transaction around it: the throttle counts in one of its own, and a look-up must
	// not hold two connections at once.
	public Progress lookup(@Nullable String referenceNo, @Nullable String code) {
		this.throttle.check();
		if (referenceNo == null || referenceNo.isBlank() || code == null || code.isBlank()) {
			throw DomainException.invalid("reference", "progress.error.enterBoth");
		}
		CaseFile file = this.cases.findByReferenceNo(referenceNo.strip().toUpperCase(java.util.Locale.ROOT))
			.filter((found) -> found.getSubmittedAt() != null)
			.filter((found) -> (found.getQueryCode() != null && QueryCodes.matches(found.getQueryCode(), code))
					|| creditCodeMatches(found, code))
			.orElse(null);
		if (file == null) {
			this.throttle.failed();
			throw DomainException.notFound("progress.error.notFound");
		}
		return progress(file);
	}

	/**
	 * The progress of one of my cases, for its page.
	 * @param caseId case
	 * @return the progress
	 */
	@Transactional(readOnly = true)
	public Progress own(long caseId) {
		return progress(this.access.own(caseId));
	}

	private boolean creditCodeMatches(CaseFile file, String code) {
		String typed = code.strip().toUpperCase(java.util.Locale.ROOT);
		// Credit codes are 18 characters; a shorter answer is a query code.
		return typed.length() == 18 && this.cases.creditCodeOf(file.getApplicantUsername())
			.map((creditCode) -> QueryCodes.matches(creditCode, typed))
			.orElse(false);
	}

	private Progress progress(CaseFile file) {
		CaseView.ClockView clockView = this.clocks.view(file);
		LocalDate today = LocalDate.now(this.clock);
		List<TimelineStep> steps = this.paths.path(file).steps().stream().map((step) -> {
			LocalDate reached = localDate(step.reachedAt());
			LocalDate finished = (step.finishedAt() != null) ? localDate(step.finishedAt()) : null;
			LocalDate until = (finished != null) ? finished : today;
			int days = until.isAfter(reached) ? this.calendar.workingDaysBetween(reached, until) : 0;
			return new TimelineStep(step.id(), step.current(), reached, finished, days);
		}).toList();
		String itemName = this.catalogue.find(file.getItemCode()).map(ServiceItem::name).orElse(file.getItemCode());
		LocalDate due = (clockView.deadline() != null) ? clockView.deadline() : clockView.intakeDeadline();
		return new Progress(file.getReferenceNo(), file.getDepartmentCode(), file.getItemCode(), itemName,
				file.getStatus(), localDate(file.getSubmittedAt()), clockView.state(), due,
				clockView.remainingWorkingDays(), clockView.extended(), clockView.provisional(), steps);
	}

	private LocalDate localDate(Instant at) {
		return LocalDate.ofInstant(at, this.clock.getZone());
	}

	/**
	 * Where a case stands, without personal data or opinions.
	 *
	 * @param referenceNo reference number
	 * @param department department code
	 * @param item service item code
	 * @param itemName service item name
	 * @param status where the case stands
	 * @param submittedOn the day it was first submitted
	 * @param clockState the statutory clock's state
	 * @param deadline the decision deadline, or while intake is pending its limit
	 * @param remainingWorkingDays working days left to the deadline (negative when
	 * overdue)
	 * @param extended whether the decision period was extended
	 * @param provisional whether the deadline falls in a year whose holidays are not
	 * published yet
	 * @param steps the steps reached, in order
	 */
	public record Progress(String referenceNo, String department, String item, String itemName, CaseStatus status,
			LocalDate submittedOn, ClockState clockState, @Nullable LocalDate deadline,
			@Nullable Integer remainingWorkingDays, boolean extended, boolean provisional, List<TimelineStep> steps) {

	}

	/**
	 * One step reached.
	 *
	 * @param step BPMN task id
	 * @param current whether the case is at this step now
	 * @param reachedOn the day the case reached it
	 * @param finishedOn the day it was finished, if it is
	 * @param workingDays working days spent there (to today while open)
	 */
	public record TimelineStep(String step, boolean current, LocalDate reachedOn, @Nullable LocalDate finishedOn,
			int workingDays) {

	}

}
