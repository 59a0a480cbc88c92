package org.kjt.approvals.base;

import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowable.common.engine.api.FlowableException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.CannotAcquireLockException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A write that lost a deadlock is run again (the engine wraps the database's deadlock in
 * its own exceptions, three deep); a refusal is never run again; after three attempts the
 * deadlock reaches the caller, which answers 409.
 */
class TransientTests {

	@Test
	void aDeadlockWrappedByTheEngineIsRunAgain() {
		AtomicInteger calls = new AtomicInteger();
		String answer = Transient.retry(() -> {
			if (calls.incrementAndGet() == 1) {
				throw new FlowableException("Error while evaluating expression",
						new RuntimeException(new CannotAcquireLockException("Deadlock found when trying to get lock")));
			}
			return "done";
		});
		assertThat(answer).isEqualTo("done");
		assertThat(calls).hasValue(2);
	}

	@Test
	void aRefusalIsNotRunAgain() {
		AtomicInteger calls = new AtomicInteger();
		assertThatThrownBy(() -> Transient.run(() -> {
			calls.incrementAndGet();
			throw DomainException.conflict("task.error.alreadyClaimed", "x");
		})).isInstanceOf(DomainException.class);
		assertThat(calls).hasValue(1);
	}

	@Test
	void threeDeadlocksInARowReachTheCallerAsALostRace() {
		AtomicInteger calls = new AtomicInteger();
		RuntimeException deadlock = new RuntimeException("flush failed",
				new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213));
		assertThatThrownBy(() -> Transient.run(() -> {
			calls.incrementAndGet();
			throw deadlock;
		})).isSameAs(deadlock);
		assertThat(calls).hasValue(3);
		assertThat(Transient.isLostRace(deadlock)).isTrue();
		assertThat(Transient.isLostRace(new IllegalStateException("bug"))).isFalse();
	}

}
