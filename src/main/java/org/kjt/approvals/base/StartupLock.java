package org.kjt.approvals.base;

import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up work that checks the database and then writes to it (reference data, process
 * deployment, demo accounts, calendar bookkeeping) runs under one database row lock, so
 * nodes started at the same moment on one database take turns: the second sees what the
 * first wrote instead of inserting it again.
 */
@Component
public class StartupLock {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	StartupLock(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Runs start-up work in a transaction of its own, holding the lock until it commits.
	 * @param <T> the result's type
	 * @param work the work
	 * @return its result
	 */
	public <T> T exclusively(Supplier<T> work) {
		return this.transactions.execute((status) -> {
			lock();
			return work.get();
		});
	}

	/**
	 * Runs start-up work in a transaction of its own, holding the lock until it commits.
	 * @param work the work
	 */
	public void exclusively(Runnable work) {
		exclusively(() -> {
			work.run();
			return null;
		});
	}

	/** Takes the lock in the caller's transaction, until it ends. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void holdInThisTransaction() {
		lock();
	}

	private void lock() {
		this.jdbc.queryForList("SELECT name FROM app_startup_lock WHERE name = 'startup' FOR UPDATE", String.class);
	}

}
