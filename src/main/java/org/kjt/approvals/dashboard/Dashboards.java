package org.kjt.approvals.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.cases.CaseFigures;
import org.kjt.approvals.evaluation.EvaluationFigures;
import org.kjt.approvals.inbox.Workbench;
import org.kjt.approvals.orgstructure.DivisionRef;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.orgstructure.RoutingEntryView;
import org.kjt.approvals.orgstructure.StepRole;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures. Heads read their division, leaders their department (or one of
 * its divisions), admins any; nobody else. A service item counts for the division its
 * review is routed to (its intake division where it has no review step).
 */
@Service
public class Dashboards {

	/** Tasks due within this many working days are "near due". */
	public static final int NEAR_DUE_DAYS = 3;

	/** The longest period one dashboard covers. */
	static final int MAX_DAYS = 3 * 366;

	/** Default period: the last twelve weeks. */
	static final int DEFAULT_DAYS = 12 * 7;

	static final int LIST_LIMIT = 100;

	private final CurrentUser currentUser;

	private final OrgStructure orgStructure;

	private final CaseFigures figures;

	private final Workbench workbench;

	private final Accounts accounts;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final DashboardWorkbook workbook;

	private final EvaluationFigures evaluations;

	Dashboards(CurrentUser currentUser, OrgStructure orgStructure, CaseFigures figures, Workbench workbench,
			Accounts accounts, WorkingDayCalendar calendar, Clock clock, DashboardWorkbook workbook,
			EvaluationFigures evaluations) {
		this.evaluations = evaluations;
		this.workbook = workbook;
		this.currentUser = currentUser;
		this.orgStructure = orgStructure;
		this.figures = figures;
		this.workbench = workbench;
		this.accounts = accounts;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * What the caller may read, and its default: a head's division, a leader's
	 * department, any for admins.
	 * @return the scope
	 */
	public Scope scope() {
		AppUser user = this.currentUser.require();
		if (user.has(Role.ADMIN)) {
			return new Scope(this.orgStructure.departments().stream().map((department) -> department.code()).toList(),
					true, null);
		}
		if (user.isStaff() && user.has(Role.LEADER)) {
			return new Scope(List.of(user.departmentCode()), true, null);
		}
		if (user.isStaff() && user.has(Role.DIVISION_HEAD)) {
			return new Scope(List.of(user.departmentCode()), false, user.divisionCode());
		}
		throw DomainException.forbidden("dashboard.error.forbidden");
	}

	/**
	 * Who may read which figures.
	 *
	 * @param departments the departments open to the caller (the first is the default)
	 * @param anyDivision whether any division of them may be chosen (else only
	 * {@code division})
	 * @param division the one division of a head
	 */
	public record Scope(List<String> departments, boolean anyDivision, @Nullable String division) {

	}

	/**
	 * The figures of a department or one of its divisions over a period.
	 * @param department department code (default: the caller's)
	 * @param division division code (default: the head's own; a leader's whole
	 * department)
	 * @param from first day (default: twelve weeks before {@code to})
	 * @param to last day (default: today)
	 * @return the figures
	 */
	@Transactional(readOnly = true)
	public Dashboard dashboard(@Nullable String department, @Nullable String division, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		Scope scope = scope();
		String chosenDepartment = (department != null && !department.isBlank()) ? department.strip()
				: scope.departments().get(0);
		if (this.orgStructure.department(chosenDepartment).isEmpty()) {
			throw DomainException.invalid("department", "case.error.unknownDepartment", chosenDepartment);
		}
		if (!scope.departments().contains(chosenDepartment)) {
			throw DomainException.forbidden("dashboard.error.otherDepartment");
		}
		String chosenDivision = (division != null && !division.isBlank()) ? division.strip() : scope.division();
		if (chosenDivision != null) {
			DivisionRef ref = this.orgStructure.division(chosenDivision)
				.filter((found) -> found.departmentCode().equals(chosenDepartment))
				.orElseThrow(() -> DomainException.invalid("division", "consultation.error.division", division));
			if (!scope.anyDivision() && !ref.code().equals(scope.division())) {
				throw DomainException.forbidden("dashboard.error.otherDivision");
			}
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate last = (to != null) ? to : today;
		LocalDate first = (from != null) ? from : last.minusDays(DEFAULT_DAYS - 1);
		if (last.isBefore(first)) {
			throw DomainException.invalid("to", "case.error.searchRange", first, last);
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			throw DomainException.invalid("from", "dashboard.error.period", MAX_DAYS);
		}

		// Which items count here, and which division answers for each.
		Map<String, String> divisionOfItem = divisionOfItem(chosenDepartment);
		Map<String, String> items = new LinkedHashMap<>();
		divisionOfItem.forEach((item, responsible) -> {
			if (chosenDivision == null || chosenDivision.equals(responsible)) {
				items.put(item, responsible);
			}
		});
		List<Dashboard.ItemRow> rows = new ArrayList<>();
		long[] sums = new long[8];
		CaseFigures.Figures counted = this.figures.figures(chosenDepartment, items.keySet(), first, last);
		for (CaseFigures.ItemCounts counts : counted.byItem()) {
			rows.add(row(counts.item(), items.get(counts.item()), counts));
			long[] each = { counts.received(), counts.decided(), counts.onTime(), counts.workingDaysSum(),
					counts.workingDaysCount(), counts.extended(), counts.suspended(), counts.open() };
			for (int i = 0; i < sums.length; i++) {
				sums[i] += each[i];
			}
		}
		Dashboard.ItemRow total = row("", (chosenDivision != null) ? chosenDivision : "",
				new CaseFigures.ItemCounts("", sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7]));

		// Weeks Monday to Sunday, every week of the period listed.
		Map<LocalDate, long[]> weeks = new TreeMap<>();
		for (LocalDate monday = first.with(DayOfWeek.MONDAY); !monday.isAfter(last); monday = monday.plusWeeks(1)) {
			weeks.put(monday, new long[2]);
		}
		for (CaseFigures.DayCounts day : counted.byDay()) {
			long[] week = weeks.get(day.day().with(DayOfWeek.MONDAY));
			week[0] += day.received();
			week[1] += day.decided();
		}
		List<Dashboard.Week> trend = new ArrayList<>();
		weeks.forEach((monday, counts) -> trend.add(new Dashboard.Week(monday, counts[0], counts[1])));

		// The queues of the divisions concerned, now.
		Set<String> divisions = new LinkedHashSet<>();
		if (chosenDivision != null) {
			divisions.add(chosenDivision);
		}
		else {
			this.orgStructure.divisions(chosenDepartment).forEach((ref) -> divisions.add(ref.code()));
		}
		List<Dashboard.Load> workload = this.workbench.workload(chosenDepartment, divisions, today)
			.stream()
			.map((load) -> new Dashboard.Load(load.assignee(), (load.assignee() != null)
					? this.accounts.find(load.assignee()).map(AppUser::displayName).orElse(load.assignee()) : "",
					load.open(), load.overdue()))
			.toList();
		LocalDate nearDueUntil = this.calendar.addWorkingDays(today, NEAR_DUE_DAYS).date().plusDays(1);
		return new Dashboard(chosenDepartment, chosenDivision, first, last, today, rows, total, trend, workload,
				this.workbench.dueBetween(chosenDepartment, divisions, null, today, LIST_LIMIT),
				this.workbench.dueBetween(chosenDepartment, divisions, today, nearDueUntil, LIST_LIMIT),
				this.evaluations.overview(chosenDepartment, items.keySet()));
	}

	/**
	 * The same figures as an Excel workbook.
	 * @param department as for {@link #dashboard}
	 * @param division as for {@link #dashboard}
	 * @param from as for {@link #dashboard}
	 * @param to as for {@link #dashboard}
	 * @param locale the reader's language
	 * @return the .xlsx bytes
	 */
	@Transactional(readOnly = true)
	public byte[] workbook(@Nullable String department, @Nullable String division, @Nullable LocalDate from,
			@Nullable LocalDate to, Locale locale) {
		return this.workbook.write(dashboard(department, division, from, to), locale);
	}

	private static Dashboard.ItemRow row(String item, String division, CaseFigures.ItemCounts counts) {
		Double rate = (counts.decided() > 0) ? (double) counts.onTime() / counts.decided() : null;
		Double average = (counts.workingDaysCount() > 0) ? (double) counts.workingDaysSum() / counts.workingDaysCount()
				: null;
		return new Dashboard.ItemRow(item, division, counts.received(), counts.decided(), counts.onTime(), rate,
				average, counts.extended(), counts.suspended(), counts.open());
	}

	/**
	 * Each item of the department and the division its review (else its intake) is routed
	 * to.
	 */
	private Map<String, String> divisionOfItem(String department) {
		Map<String, String> review = new TreeMap<>();
		Map<String, String> intake = new TreeMap<>();
		for (RoutingEntryView entry : this.orgStructure.routing(department)) {
			if (entry.role() == StepRole.REVIEW) {
				review.put(entry.item(), entry.division());
			}
			else if (entry.role() == StepRole.INTAKE) {
				intake.put(entry.item(), entry.division());
			}
		}
		Map<String, String> items = new TreeMap<>(intake);
		items.putAll(review);
		return items;
	}

}
