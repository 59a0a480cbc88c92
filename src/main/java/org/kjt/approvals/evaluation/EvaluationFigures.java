package org.kjt.approvals.evaluation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation figures of a department's items, counted in the database: for its staff
 * (the dashboard narrows them to a division) and admins.
 */
@Service
public class EvaluationFigures {

	static final int LIST_LIMIT = 100;

	private final JdbcTemplate jdbc;

	private final EvaluationItems items;

	private final CurrentUser currentUser;

	private final Clock clock;

	EvaluationFigures(JdbcTemplate jdbc, EvaluationItems items, CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.items = items;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * Where the department's evaluations of some items stand now.
	 * @param department department code
	 * @param itemCodes the items to count (those that are not evaluated count for
	 * nothing)
	 * @return the overview, empty where no item is evaluated
	 */
	@Transactional(readOnly = true)
	public EvaluationOverview overview(String department, Collection<String> itemCodes) {
		AppUser user = this.currentUser.require();
		if (!user.has(Role.ADMIN) && !(user.isStaff() && department.equals(user.departmentCode()))) {
			throw DomainException.forbidden("dashboard.error.otherDepartment");
		}
		List<String> evaluated = itemCodes.stream().filter(this.items.codes()::contains).sorted().toList();
		if (evaluated.isEmpty()) {
			return new EvaluationOverview(List.of(), List.of(), 0, 0, 0, 0, List.of(), 0, List.of());
		}
		String in = String.join(",", evaluated.stream().map((item) -> "?").toList());
		LocalDate today = LocalDate.now(this.clock);

		List<Object> args = new ArrayList<>(List.of(department, Timestamp.from(this.clock.instant())));
		args.addAll(evaluated);
		List<EvaluationOverview.CallRow> calls = this.jdbc.query(
				"SELECT item_code, title, opens_at, closes_at, quota, entries, extended FROM ev_call"
						+ " WHERE department_code = ? AND closes_at > ? AND item_code IN (" + in + ")"
						+ " ORDER BY opens_at, id LIMIT " + LIST_LIMIT,
				(row, n) -> new EvaluationOverview.CallRow(row.getString("item_code"), row.getString("title"),
						row.getTimestamp("opens_at").toInstant(), row.getTimestamp("closes_at").toInstant(),
						(Integer) row.getObject("quota", Integer.class), row.getInt("entries"),
						row.getBoolean("extended")),
				args.toArray());

		// Panels still scoring: a draw with a seat still to score.
		String scoring = " FROM ev_draw d WHERE d.department_code = ? AND d.item_code IN (" + in + ")"
				+ " AND EXISTS (SELECT 1 FROM ev_panel_seat o WHERE o.draw_id = d.id AND o.state = 'ASSIGNED')";
		List<Object> draws = new ArrayList<>(List.of(department));
		draws.addAll(evaluated);
		Long panels = this.jdbc.queryForObject("SELECT COUNT(*)" + scoring, Long.class, draws.toArray());
		String seats = " SUM(CASE WHEN s.state = 'ASSIGNED' THEN 1 ELSE 0 END) AS open_seats,"
				+ " SUM(CASE WHEN s.state = 'ASSIGNED' AND d.due_on < ? THEN 1 ELSE 0 END) AS overdue_seats,"
				+ " SUM(CASE WHEN s.state = 'SCORED' THEN 1 ELSE 0 END) AS scored_seats"
				+ " FROM ev_panel_seat s JOIN ev_draw d ON d.id = s.draw_id";
		String ofScoringPanels = " WHERE d.department_code = ? AND d.item_code IN (" + in + ")"
				+ " AND EXISTS (SELECT 1 FROM ev_panel_seat o WHERE o.draw_id = d.id AND o.state = 'ASSIGNED')";
		List<Object> progressArgs = new ArrayList<>(List.of(Date.valueOf(today), department));
		progressArgs.addAll(evaluated);
		long[] totals = this.jdbc.queryForObject("SELECT" + seats + ofScoringPanels, (row, n) -> new long[] {
				row.getLong("open_seats"), row.getLong("overdue_seats"), row.getLong("scored_seats") },
				progressArgs.toArray());
		// Who sits on a panel still scoring is for the division that keeps the pool:
		// others
		// see the totals only.
		List<EvaluationOverview.ExpertProgress> experts = List.of();
		if (user.isStaff() && user.divisionCode() != null) {
			List<Object> ownArgs = new ArrayList<>(progressArgs);
			ownArgs.add(user.divisionCode());
			experts = this.jdbc.query(
					"SELECT e.name," + seats + " JOIN ev_expert e ON e.id = s.expert_id" + ofScoringPanels
							+ " AND e.division_code = ? GROUP BY e.id, e.name"
							+ " ORDER BY overdue_seats DESC, open_seats DESC, e.name LIMIT " + LIST_LIMIT,
					(row, n) -> new EvaluationOverview.ExpertProgress(row.getString("name"), row.getLong("open_seats"),
							row.getLong("overdue_seats"), row.getLong("scored_seats")),
					ownArgs.toArray());
		}

		String objectionsOf = " FROM ev_objection o JOIN ev_public_notice n ON n.id = o.notice_id"
				+ " WHERE n.department_code = ? AND n.item_code IN (" + in + ") AND o.state = 'OPEN'";
		Long open = this.jdbc.queryForObject("SELECT COUNT(*)" + objectionsOf, Long.class, draws.toArray());
		List<EvaluationOverview.ObjectionRow> objections = this.jdbc.query(
				"SELECT o.case_id, n.item_code, n.subject, o.received_at, n.ends_on" + objectionsOf
						+ " ORDER BY o.received_at, o.id LIMIT " + LIST_LIMIT,
				(row, n) -> new EvaluationOverview.ObjectionRow(row.getLong("case_id"), row.getString("item_code"),
						row.getString("subject"), row.getTimestamp("received_at").toInstant(),
						row.getDate("ends_on").toLocalDate()),
				draws.toArray());
		return new EvaluationOverview(evaluated, calls, (panels != null) ? panels : 0, (totals != null) ? totals[0] : 0,
				(totals != null) ? totals[1] : 0, (totals != null) ? totals[2] : 0, experts, (open != null) ? open : 0,
				objections);
	}

}
