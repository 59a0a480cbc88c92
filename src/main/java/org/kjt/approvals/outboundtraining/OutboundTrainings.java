package org.kjt.approvals.outboundtraining;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Phrase;
import org.kjt.approvals.base.Translations;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseRef;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.cases.FormAssist;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit's side of a trip after submission: revision after a return, confirmation of
 * the publicity before departure, a change of participants, withdrawal before departure,
 * and the post-return report. The UI and the REST API both call these; the case machinery
 * checks that the case is the caller's own.
 */
@Service
public class OutboundTrainings {

	/** Published inside the unit for at least this many working days. */
	static final int PUBLICITY_WORKING_DAYS = 5;

	/** The report is due within this many months of return. */
	static final int REPORT_MONTHS = 1;

	/** Passports are handed back within this many days of return. */
	static final int PASSPORT_DAYS = 7;

	/** The reminder comes this many working days before the report is due. */
	static final int REMINDER_WORKING_DAYS = 5;

	private final Cases cases;

	private final CaseQueries queries;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final Translations translations;

	private final OutboundRules rules;

	private final OfficialTripRules officialTrips;

	OutboundTrainings(Cases cases, CaseQueries queries, WorkingDayCalendar calendar, Clock clock,
			Translations translations, OutboundRules rules, OfficialTripRules officialTrips) {
		this.officialTrips = officialTrips;
		this.cases = cases;
		this.queries = queries;
		this.calendar = calendar;
		this.clock = clock;
		this.translations = translations;
		this.rules = rules;
	}

	/**
	 * Whether the unit acts at a step of the process (revision, publicity, report).
	 * @param step BPMN task id
	 * @return true if so
	 */
	public boolean waitsForUnit(String step) {
		return step != null && OutboundRules.isApplicantStep(step);
	}

	/** The items whose cases are trips: training projects and official trips. */
	public static final List<String> ITEMS = List.of(OutboundRules.PROCESS, OfficialTripRules.ITEM);

	/**
	 * The rule checks of a trip form: its figures and each breach (marked ⚠).
	 * @param item the trip's service item
	 * @param form the form
	 * @param locale language
	 * @return lines to show
	 */
	public List<String> checks(String item, Map<String, Object> form, Locale locale) {
		return OfficialTripRules.ITEM.equals(item) ? this.officialTrips.live(form, locale)
				: this.rules.live(form, locale);
	}

	/**
	 * The choices of a form field, if it is one.
	 * @param field field code
	 * @return codes, or empty
	 */
	public List<String> choices(String field) {
		return this.rules.choices(field);
	}

	/**
	 * One of the unit's own trips with the dates its steps depend on.
	 * @param caseId own case
	 * @return the trip
	 */
	@Transactional(readOnly = true)
	public Trip trip(long caseId) {
		CaseView own = requireTraining(caseId);
		TripPlan plan = TripPlan.of(own.item(), own.form());
		LocalDate latestPublicityEnd = plan.departure().minusDays(1);
		while (!this.calendar.isWorkingDay(latestPublicityEnd)) {
			latestPublicityEnd = latestPublicityEnd.minusDays(1);
		}
		LocalDate reportDue = plan.returnDate().plusMonths(REPORT_MONTHS);
		return new Trip(own, plan.departure(), plan.returnDate(), latestPublicityEnd, reportDue,
				LocalDate.now(this.clock).isAfter(reportDue), plan.returnDate().plusDays(PASSPORT_DAYS));
	}

	/**
	 * A trip and its dates.
	 *
	 * @param view the case
	 * @param departure departure day
	 * @param returnDate return day
	 * @param latestPublicityEnd the last day the publicity may end for this departure
	 * @param reportDue the last day for the post-return report
	 * @param reportOverdue whether that day has passed
	 * @param passportsDue the last day for handing back the passports
	 */
	public record Trip(CaseView view, LocalDate departure, LocalDate returnDate, LocalDate latestPublicityEnd,
			LocalDate reportDue, boolean reportOverdue, LocalDate passportsDue) {
	}

	/**
	 * The unit revises a returned application; it is checked and routed again.
	 * @param caseId own case
	 * @param changes changed form fields
	 * @return the case
	 */
	@Transactional
	public CaseRef revise(long caseId, Map<String, Object> changes) {
		requireTraining(caseId);
		return this.cases.reviseAtStep(caseId, "revise", (changes != null) ? changes : Map.of(), Map.of());
	}

	/**
	 * The fields edited as tables (itinerary, participants), as on the application form.
	 * @param field field code
	 * @return its table, if it is one
	 */
	public Optional<FormAssist.Table> table(String field) {
		return this.rules.table(field);
	}

	/**
	 * Confirms the internal publicity: at least 5 working days, and the departure no
	 * earlier than the working day after it ends. Otherwise the confirmation is refused
	 * with the reason, recorded in the history, and the step waits for a new one.
	 * @param caseId own case
	 * @param from first day of publicity, ISO
	 * @param to last day of publicity, ISO
	 * @return the case
	 */
	@Transactional
	public CaseRef confirmPublicity(long caseId, String from, String to) {
		CaseView own = requireTraining(caseId);
		LocalDate start = date("publicityFrom", from);
		LocalDate end = date("publicityTo", to);
		LocalDate today = LocalDate.now(this.clock);
		if (end.isBefore(start)) {
			throw DomainException.invalid("publicityTo", "outbound.error.publicityDates");
		}
		if (end.isAfter(today)) {
			throw DomainException.invalid("publicityTo", "outbound.error.publicityNotOver");
		}
		LocalDate departure = departure(own);
		int days = this.calendar.workingDaysBetween(start.minusDays(1), end);
		LocalDate earliest = this.calendar.addWorkingDays(end, 1).date();
		// The refusal is recorded in the case history, which is kept in the official
		// language.
		Phrase refusal = null;
		if (days < PUBLICITY_WORKING_DAYS) {
			refusal = Phrase.of("outbound.publicity.tooShort", start, end, days, PUBLICITY_WORKING_DAYS);
		}
		else if (departure.isBefore(earliest)) {
			refusal = Phrase.of("outbound.publicity.tooLate", start, end, departure, earliest);
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("participantsChanged", false);
		variables.put("publicityOk", refusal == null);
		variables.put("publicityRefusal", (refusal != null) ? this.translations.translate(refusal) : null);
		variables.put("publicityRefusalKey", (refusal != null) ? refusal.key() : null);
		variables.put("publicityRefusalArgs",
				(refusal != null) ? String.join(OutboundSteps.ARGUMENT_SEPARATOR, refusal.args()) : null);
		LocalDate back = returnDate(own);
		LocalDate due = back.plusMonths(REPORT_MONTHS);
		LocalDate remind = due;
		for (int counted = 0; counted < REMINDER_WORKING_DAYS;) {
			remind = remind.minusDays(1);
			if (this.calendar.isWorkingDay(remind)) {
				counted++;
			}
		}
		// The report opens on the return day.
		variables.put("returnAt", Date.from(back.atStartOfDay(this.clock.getZone()).toInstant()));
		variables.put("reportDueDate", due.toString());
		variables.put("reportDue", endOfDay(due));
		variables.put("reportRemindAt", Date.from(remind.atStartOfDay(this.clock.getZone()).toInstant()));
		return this.cases.completeApplicantStep(caseId, "publicity",
				(refusal == null) ? OutboundHistoryType.PUBLICITY_CONFIRMED : OutboundHistoryType.PUBLICITY_SUBMITTED,
				start + " – " + end, variables);
	}

	/**
	 * Changes the participants before departure: the trip is checked again, and a key
	 * project goes back for sign-off.
	 * @param caseId own case
	 * @param participants the new list (name|post|unit|age; …)
	 * @param justification justification of breaches, for key projects
	 * @return the case
	 */
	@Transactional
	public CaseRef changeParticipants(long caseId, String participants, String justification) {
		String step = beforeDeparture(requireTraining(caseId));
		Map<String, Object> changes = new HashMap<>();
		changes.put("participants", participants);
		if (justification != null && !justification.isBlank()) {
			changes.put("justification", justification);
		}
		return this.cases.reviseAtStep(caseId, step, changes,
				Map.of("participantsChanged", true, "publicityOk", false));
	}

	/**
	 * The step at which the trip may still be changed or withdrawn: the publicity, or
	 * once published, waiting for departure (not after the departure day has come).
	 */
	private String beforeDeparture(CaseView own) {
		if ("publicity".equals(own.step())) {
			return "publicity";
		}
		if ("travel".equals(own.step()) && LocalDate.now(this.clock).isBefore(departure(own))) {
			return "travel";
		}
		throw DomainException.conflict("outbound.error.departed", own.referenceNo());
	}

	/**
	 * Withdraws the trip before departure.
	 * @param caseId own case
	 * @param reason reason
	 * @return the case
	 */
	@Transactional
	public CaseRef withdraw(long caseId, String reason) {
		String step = beforeDeparture(requireTraining(caseId));
		return this.cases.withdrawAtStep(caseId, step, reason);
	}

	/**
	 * Files the post-return report: what was done, the actual itinerary and costs, and
	 * the date it was published; due within one month of return.
	 * @param caseId own case
	 * @param whatWasDone report text
	 * @param actualItinerary actual itinerary
	 * @param actualCostCny actual costs
	 * @param publishedOn date the report was published in the unit, ISO
	 * @param passportsReturnedOn date the passports were handed back, ISO (due within 7
	 * days of return; later is recorded)
	 * @return the case
	 */
	@Transactional
	public CaseRef fileReport(long caseId, String whatWasDone, String actualItinerary, String actualCostCny,
			String publishedOn, String passportsReturnedOn) {
		CaseView own = requireTraining(caseId);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate back = returnDate(own);
		if (today.isBefore(back)) {
			throw DomainException.conflict("outbound.error.notReturned", back);
		}
		String done = text("whatWasDone", whatWasDone);
		String itinerary = text("actualItinerary", actualItinerary);
		BigDecimal cost;
		try {
			cost = new BigDecimal(text("actualCostCny", actualCostCny));
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("actualCostCny", "outbound.error.budget");
		}
		if (cost.signum() < 0) {
			throw DomainException.invalid("actualCostCny", "outbound.error.budget");
		}
		LocalDate published = date("publishedOn", publishedOn);
		if (published.isAfter(today)) {
			throw DomainException.invalid("publishedOn", "outbound.error.futureDate");
		}
		LocalDate passports = date("passportsReturnedOn", passportsReturnedOn);
		if (passports.isAfter(today)) {
			throw DomainException.invalid("passportsReturnedOn", "outbound.error.futureDate");
		}
		if (passports.isBefore(back)) {
			throw DomainException.invalid("passportsReturnedOn", "outbound.error.passportsBeforeReturn", back);
		}
		boolean late = today.isAfter(back.plusMonths(REPORT_MONTHS));
		boolean passportsLate = passports.isAfter(back.plusDays(PASSPORT_DAYS));
		return this.cases.completeApplicantStep(caseId, "report", OutboundHistoryType.REPORT_FILED,
				done + "\n" + itinerary + "\n" + this.translations.translate("record.report", cost.toPlainString(),
						published.toString(), passports.toString()),
				Map.of("reportLate", late, "passportsLate", passportsLate));
	}

	private CaseView requireTraining(long caseId) {
		CaseView own = this.queries.own(caseId);
		if (!ITEMS.contains(own.item())) {
			throw DomainException.conflict("case.error.stepNotPending", own.referenceNo());
		}
		return own;
	}

	private static LocalDate departure(CaseView own) {
		return TripPlan.of(own.item(), own.form()).departure();
	}

	private static LocalDate returnDate(CaseView own) {
		return TripPlan.of(own.item(), own.form()).returnDate();
	}

	private Date endOfDay(LocalDate date) {
		return Date.from(date.plusDays(1).atStartOfDay(this.clock.getZone()).minusSeconds(1).toInstant());
	}

	private static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			throw DomainException.invalid(field, "outbound.error.required", field);
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid(field, "outbound.error.date", value);
		}
	}

	private static String text(String field, String value) {
		if (value == null || value.isBlank()) {
			throw DomainException.invalid(field, "outbound.error.required", field);
		}
		if (value.length() > 4000) {
			throw DomainException.invalid(field, "case.error.fieldTooLong", field, 4000);
		}
		return value.strip();
	}

}
