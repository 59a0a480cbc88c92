package org.kjt.approvals.documents;

import java.util.List;
import java.util.function.IntSupplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every number the departments issue (notices, licences, permits) comes from one counter
 * per department, series and year, taken under the department's number lock in the
 * caller's transaction: no two grants at the same moment get the same number, and a
 * rolled-back grant gives its number back.
 */
@Component
public class DocumentNumbers {

	private final JdbcTemplate jdbc;

	DocumentNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next number of a series.
	 * @param departmentCode issuing department
	 * @param series the series (at most 32 characters), e.g. a notice type or a licence
	 * kind
	 * @param year the year numbers restart in
	 * @param usedSoFar the highest number already issued when the series has no counter
	 * yet (numbers issued before the counter existed)
	 * @return the number, from 1
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int next(String departmentCode, String series, int year, IntSupplier usedSoFar) {
		List<String> locked = this.jdbc.queryForList(
				"SELECT department_code FROM doc_number_lock WHERE department_code = ? FOR UPDATE", String.class,
				departmentCode);
		if (locked.isEmpty()) {
			throw new IllegalStateException("No number lock for department " + departmentCode);
		}
		// Locking read: the latest committed value, not this transaction's snapshot.
		List<Integer> values = this.jdbc
			.queryForList("SELECT last_value FROM doc_number_counter WHERE department_code = ? AND notice_type = ?"
					+ " AND counter_year = ? FOR UPDATE", Integer.class, departmentCode, series, year);
		if (values.isEmpty()) {
			int next = usedSoFar.getAsInt() + 1;
			this.jdbc.update("INSERT INTO doc_number_counter (department_code, notice_type, counter_year, last_value)"
					+ " VALUES (?, ?, ?, ?)", departmentCode, series, year, next);
			return next;
		}
		int next = values.get(0) + 1;
		this.jdbc.update("UPDATE doc_number_counter SET last_value = ? WHERE department_code = ? AND notice_type = ?"
				+ " AND counter_year = ?", next, departmentCode, series, year);
		return next;
	}

}
