package org.kjt.approvals.cases;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
	 * Per item and per day over a period, from three index range scans grouped by item
	 * and day (received; decided; open now) and folded here: a few hundred rows, however
	 * many cases.
	 * @param department department code
	 * @param items the items counted
	 * @param from first day of the period
	 * @param to last day of the period
	 * @return per item (those with any case) and per day (those with anything)
	 */
	@Transactional(readOnly = true)
	public Figures figures(String department, Collection<String> items, LocalDate from, LocalDate to) {
		if (items.isEmpty()) {
			return new Figures(List.of(), List.of());
		}
		Map<String, long[]> perItem = new TreeMap<>();
		Map<LocalDate, long[]> perDay = new TreeMap<>();
		String in = " AND item_code IN (" + marks(items.size()) + ")";
		List<Object> args = new ArrayList<>();
		args.add(department);
		args.add(Date.valueOf(from));
		args.add(Date.valueOf(to));
		args.addAll(items);
		// Received: the day first handed in (a corrected application is not received
		// again).
		this.jdbc.query("SELECT item_code, first_received_on, COUNT(*) AS n FROM apl_case WHERE department_code = ?"
				+ " AND first_received_on >= ? AND first_received_on <= ?" + in
				+ " GROUP BY first_received_on, item_code", (rs) -> {
					long n = rs.getLong("n");
					perItem.computeIfAbsent(rs.getString("item_code"), (key) -> new long[8])[0] += n;
					perDay.computeIfAbsent(rs.getDate("first_received_on").toLocalDate(), (key) -> new long[2])[0] += n;
				}, args.toArray());
		this.jdbc.query("SELECT item_code, decided_on, COUNT(*) AS n,"
				+ " SUM(CASE WHEN decided_on <= COALESCE(deadline, intake_deadline, decided_on) THEN 1 ELSE 0 END)"
				+ " AS on_time, SUM(COALESCE(decision_working_days, 0)) AS days_sum,"
				+ " SUM(CASE WHEN decision_working_days IS NOT NULL THEN 1 ELSE 0 END) AS days_n,"
				+ " SUM(CASE WHEN extended = TRUE THEN 1 ELSE 0 END) AS extended_n,"
				+ " SUM(CASE WHEN suspended_days > 0 THEN 1 ELSE 0 END) AS suspended_n"
				+ " FROM apl_case WHERE department_code = ? AND decided_on >= ? AND decided_on <= ?" + in
				+ " AND status <> 'WITHDRAWN' GROUP BY decided_on, item_code", (rs) -> {
					long[] item = perItem.computeIfAbsent(rs.getString("item_code"), (key) -> new long[8]);
					item[1] += rs.getLong("n");
					item[2] += rs.getLong("on_time");
					item[3] += rs.getLong("days_sum");
					item[4] += rs.getLong("days_n");
					item[5] += rs.getLong("extended_n");
					item[6] += rs.getLong("suspended_n");
					perDay.computeIfAbsent(rs.getDate("decided_on").toLocalDate(), (key) -> new long[2])[1] += rs
						.getLong("n");
				}, args.toArray());
		List<Object> openArgs = new ArrayList<>();
		openArgs.add(department);
		openArgs.addAll(items);
		this.jdbc.query("SELECT item_code, COUNT(*) AS n FROM apl_case WHERE department_code = ? AND status IN " + OPEN
				+ in + " GROUP BY item_code", (rs) -> {
					perItem.computeIfAbsent(rs.getString("item_code"), (key) -> new long[8])[7] += rs.getLong("n");
				}, openArgs.toArray());
		List<ItemCounts> byItem = new ArrayList<>();
		perItem.forEach((item, n) -> byItem.add(new ItemCounts(item, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7])));
		List<DayCounts> byDay = new ArrayList<>();
		perDay.forEach((day, n) -> byDay.add(new DayCounts(day, n[0], n[1])));
		return new Figures(byItem, byDay);
	}

	/**
	 * The counts of a period.
	 *
	 * @param byItem per item, in item order
	 * @param byDay per day, in order
	 */
	public record Figures(List<ItemCounts> byItem, List<DayCounts> byDay) {

	}

	private static String marks(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?"));
	}

}
