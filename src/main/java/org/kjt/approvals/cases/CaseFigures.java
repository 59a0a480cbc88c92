package org.kjt.approvals.cases;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over a department's cases for the dashboard, aggregated in SQL (never by loading
 * cases). The caller has checked who may read them.
 */
@Service
public class CaseFigures {

	/** Statuses of a case still being handled. */
	private static final String OPEN = "('SUBMITTED', 'CORRECTION_REQUESTED', 'ACCEPTED')";

	private final JdbcTemplate jdbc;

	CaseFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Figures of one service item.
	 *
	 * @param item service item code
	 * @param received received in the period
	 * @param decided decided in the period (withdrawals are not decisions)
	 * @param onTime of those, decided within the statutory limit (the deadline, extension
	 * and stopped clock included; the intake limit for a non-acceptance)
	 * @param workingDaysSum working days from acceptance to decision, less stopped days,
	 * summed over the decided cases that have them
	 * @param workingDaysCount how many decided cases have them
	 * @param extended of the decided, those whose limit was extended
	 * @param suspended of the decided, those whose clock stood still at some time
	 * @param open being handled now
	 */
	public record ItemCounts(String item, long received, long decided, long onTime, long workingDaysSum,
			long workingDaysCount, long extended, long suspended, long open) {

	}

	/**
	 * One day's counts.
	 *
	 * @param day the day
	 * @param received applications received
	 * @param decided cases decided
	 */
	public record DayCounts(LocalDate day, long received, long decided) {

	}

	/**
	 * @param department department code
	 * @param items the items counted
	 * @param from first day of the period
	 * @param to last day of the period
	 * @return one row per item that has any case
	 */
	@Transactional(readOnly = true)
	public List<ItemCounts> byItem(String department, Collection<String> items, LocalDate from, LocalDate to) {
		if (items.isEmpty()) {
			return List.of();
		}
		String decided = "decided_on >= ? AND decided_on <= ? AND status <> 'WITHDRAWN'";
		List<Object> args = new ArrayList<>();
		Date first = Date.valueOf(from);
		Date last = Date.valueOf(to);
		args.add(first);
		args.add(last);
		for (int i = 0; i < 6; i++) {
			args.add(first);
			args.add(last);
		}
		args.add(department);
		args.addAll(items);
		return this.jdbc.query("SELECT item_code,"
				+ " SUM(CASE WHEN received_on >= ? AND received_on <= ? THEN 1 ELSE 0 END) AS received,"
				+ " SUM(CASE WHEN " + decided + " THEN 1 ELSE 0 END) AS decided," + " SUM(CASE WHEN " + decided
				+ " AND decided_on <= COALESCE(deadline, intake_deadline, decided_on) THEN 1 ELSE 0 END) AS on_time,"
				+ " SUM(CASE WHEN " + decided
				+ " AND decision_working_days IS NOT NULL THEN decision_working_days ELSE 0 END) AS days_sum,"
				+ " SUM(CASE WHEN " + decided + " AND decision_working_days IS NOT NULL THEN 1 ELSE 0 END) AS days_n,"
				+ " SUM(CASE WHEN " + decided + " AND extended = TRUE THEN 1 ELSE 0 END) AS extended_n,"
				+ " SUM(CASE WHEN " + decided + " AND suspended_days > 0 THEN 1 ELSE 0 END) AS suspended_n,"
				+ " SUM(CASE WHEN status IN " + OPEN + " THEN 1 ELSE 0 END) AS open_n"
				+ " FROM apl_case WHERE department_code = ? AND item_code IN (" + marks(items.size()) + ")"
				+ " GROUP BY item_code ORDER BY item_code",
				(rs, row) -> new ItemCounts(rs.getString("item_code"), rs.getLong("received"), rs.getLong("decided"),
						rs.getLong("on_time"), rs.getLong("days_sum"), rs.getLong("days_n"), rs.getLong("extended_n"),
						rs.getLong("suspended_n"), rs.getLong("open_n")),
				args.toArray());
	}

	/**
	 * @param department department code
	 * @param items the items counted
	 * @param from first day
	 * @param to last day
	 * @return per day with anything received or decided, in order
	 */
	@Transactional(readOnly = true)
	public List<DayCounts> byDay(String department, Collection<String> items, LocalDate from, LocalDate to) {
		if (items.isEmpty()) {
			return List.of();
		}
		List<Object> args = new ArrayList<>();
		for (int branch = 0; branch < 2; branch++) {
			args.add(department);
			args.addAll(items);
			args.add(Date.valueOf(from));
			args.add(Date.valueOf(to));
		}
		String in = " AND item_code IN (" + marks(items.size()) + ")";
		return this.jdbc.query(
				"SELECT day, SUM(r) AS received, SUM(d) AS decided FROM ("
						+ " SELECT received_on AS day, 1 AS r, 0 AS d FROM apl_case WHERE department_code = ?" + in
						+ " AND received_on >= ? AND received_on <= ?"
						+ " UNION ALL SELECT decided_on AS day, 0 AS r, 1 AS d FROM apl_case WHERE department_code = ?"
						+ in + " AND decided_on >= ? AND decided_on <= ? AND status <> 'WITHDRAWN'"
						+ ") days GROUP BY day ORDER BY day",
				(rs, row) -> new DayCounts(rs.getDate("day").toLocalDate(), rs.getLong("received"),
						rs.getLong("decided")),
				args.toArray());
	}

	private static String marks(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?"));
	}

}
