package org.kjt.approvals.support;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/** The watch on lost writes sees one, and only one. */
@ApprovalsTest
class UncommittedWritesTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionOperations transactions;

	@Test
	void aWriteOutsideATransactionIsRolledBackAndReported() {
		this.jdbc.update("INSERT INTO app_attempt (kind, address, attempted_at) VALUES ('test', 'lost', NOW())");

		assertThat(UncommittedWrites.take("'lost'")).singleElement()
			.asString()
			.startsWith("insert into app_attempt")
			.contains("UncommittedWritesTests");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM app_attempt WHERE address = 'lost'", Integer.class))
			.isZero();
	}

	@Test
	void aWriteInATransactionIsKept() {
		this.transactions.executeWithoutResult((status) -> this.jdbc
			.update("INSERT INTO app_attempt (kind, address, attempted_at) VALUES ('test', 'kept', NOW())"));
		this.transactions.executeWithoutResult(
				(status) -> this.jdbc.update("DELETE FROM app_attempt WHERE kind = 'test' AND address = 'kept'"));

		assertThat(UncommittedWrites.take("'kept'")).isEmpty();
	}

	@Test
	void readsAndWritesAreTold() {
		assertThat(UncommittedWrites.isWrite(" /* x */ UPDATE t SET a = 1")).isTrue();
		assertThat(UncommittedWrites.isWrite("delete from t")).isTrue();
		assertThat(UncommittedWrites.isWrite("SELECT * FROM t FOR UPDATE")).isFalse();
		assertThat(UncommittedWrites.isWrite("select updated_at from t")).isFalse();
	}

}
