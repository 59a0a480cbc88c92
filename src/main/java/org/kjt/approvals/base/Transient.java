package org.kjt.approvals.base;

import java.sql.SQLTransactionRollbackException;
import java.util.function.Supplier;

import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A write that lost to the database's deadlock detection (MySQL/MariaDB roll one of two
 * transactions back, e.g. the engine's timer-job inserts against a notice counter) is run
 * again, in a new transaction, before anyone is told: the user's action was valid, only
 * its moment was unlucky. Only around a whole transaction; a refusal is never retried.
 */
public final class Transient {

	private static final Logger log = LoggerFactory.getLogger(Transient.class);

	private static final int ATTEMPTS = 3;

	private Transient() {
	}

	/**
	 * Runs a transactional write, again after a deadlock, up to three times in all.
	 * @param <T> what it answers
	 * @param write the write (its own transaction)
	 * @return its answer
	 */
	public static <T> T retry(Supplier<T> write) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// Inside a caller's transaction nothing can be run again on its own.
			return write.get();
		}
		for (int attempt = 1;; attempt++) {
			try {
				return write.get();
			}
			catch (RuntimeException ex) {
				if (attempt >= ATTEMPTS || !isDeadlock(ex)) {
					throw ex;
				}
				log.info("Deadlock, attempt {} of {} run again: {}", attempt, ATTEMPTS, ex.toString());
				try {
					Thread.sleep(20L * attempt);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	/**
	 * Runs a transactional write that answers nothing, again after a deadlock.
	 * @param write the write
	 */
	public static void run(Runnable write) {
		retry(() -> {
			write.run();
			return null;
		});
	}

	/**
	 * Whether a failure is a lost race for a lock (a deadlock, a lock wait timeout, the
	 * engine's optimistic lock), however deeply the engine wrapped it.
	 * @param failure the failure
	 * @return true for a transient lock failure
	 */
	public static boolean isDeadlock(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PessimisticLockingFailureException
					|| cause instanceof SQLTransactionRollbackException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * Whether a failure is a lost race of any kind, the engine's optimistic locking too.
	 * @param failure the failure
	 * @return true when trying again may succeed
	 */
	public static boolean isLostRace(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof FlowableOptimisticLockingException) {
				return true;
			}
		}
		return isDeadlock(failure);
	}

}
