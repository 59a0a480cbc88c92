package org.kjt.approvals.support;

import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test fixtures written straight to the database, each call committed: the pool's
 * connections do not commit by themselves ({@link UncommittedWrites}).
 */
public final class Committed {

	private Committed() {
	}

	public static int update(JdbcTemplate jdbc, String sql, Object... args) {
		Integer changed = transaction(jdbc).execute((status) -> jdbc.update(sql, args));
		return Objects.requireNonNull(changed);
	}

	public static void batchUpdate(JdbcTemplate jdbc, String sql, List<Object[]> args) {
		transaction(jdbc).executeWithoutResult((status) -> jdbc.batchUpdate(sql, args));
	}

	public static void execute(JdbcTemplate jdbc, String sql) {
		transaction(jdbc).executeWithoutResult((status) -> jdbc.execute(sql));
	}

	private static TransactionTemplate transaction(JdbcTemplate jdbc) {
		return new TransactionTemplate(new DataSourceTransactionManager(Objects.requireNonNull(jdbc.getDataSource())));
	}

}
