package org.kjt.approvals.documents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.kjt.approvals.orgstructure.DepartmentRef;
import org.kjt.approvals.orgstructure.OrgStructure;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Issues written notices with document numbers per department, type and year: the counter
 * row is locked in the caller's transaction, so numbers have no gaps (a rolled-back
 * notice gives its number back) and no duplicates under concurrency.
 */
@Service
public class Notices implements InitializingBean {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final OrgStructure orgStructure;

	private final DocumentNumbers numbers;

	private final ApplicationEventPublisher publisher;

	private final TransactionOperations transactions;

	Notices(JdbcTemplate jdbc, Clock clock, OrgStructure orgStructure, DocumentNumbers numbers,
			ApplicationEventPublisher publisher, TransactionOperations transactions) {
		this.publisher = publisher;
		this.transactions = transactions;
		this.orgStructure = orgStructure;
		this.numbers = numbers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Numbers and stores a notice.
	 * @param departmentCode issuing department
	 * @param type notice type
	 * @param caseRef the case
	 * @param title title
	 * @param body full text
	 * @param issuedBy issuer
	 * @return the notice with its number
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public IssuedNotice issue(String departmentCode, NoticeType type, String caseRef, String title, String body,
			String issuedBy) {
		String prefix = this.orgStructure.department(departmentCode)
			.map(DepartmentRef::documentPrefix)
			.orElseThrow(() -> new IllegalArgumentException("Unknown department " + departmentCode));
		Instant now = this.clock.instant();
		int year = now.atZone(this.clock.getZone()).getYear();
		int sequence = this.numbers.next(departmentCode, type.name(), year, () -> 0);
		String number = "%s%s字〔%d〕第%04d号".formatted(prefix, type.word(), year, sequence);
		this.jdbc.update(
				"INSERT INTO doc_notice (notice_no, notice_type, department_code, case_ref, title, body, issued_at,"
						+ " issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				number, type.name(), departmentCode, caseRef, title, body, Timestamp.from(now), issuedBy);
		this.publisher.publishEvent(new NoticeIssued(caseRef, departmentCode, type.name(), number, title));
		return new IssuedNotice(number, type.name(), departmentCode, caseRef, title, body, now, issuedBy);
	}

	@Transactional(readOnly = true)
	public List<IssuedNotice> forCase(String caseRef) {
		return this.jdbc.query("SELECT * FROM doc_notice WHERE case_ref = ? ORDER BY id", mapper(), caseRef);
	}

	@Transactional(readOnly = true)
	public Optional<IssuedNotice> byNumber(String number) {
		return this.jdbc.query("SELECT * FROM doc_notice WHERE notice_no = ?", mapper(), number).stream().findFirst();
	}

	/**
	 * Every department gets its lock row at start-up (idempotent), each in a transaction
	 * of its own: the pool's connections do not commit by themselves.
	 */
	@Override
	public void afterPropertiesSet() {
		for (DepartmentRef department : this.orgStructure.departments()) {
			try {
				this.transactions.executeWithoutResult((status) -> {
					Integer present = this.jdbc.queryForObject(
							"SELECT COUNT(*) FROM doc_number_lock WHERE department_code = ?", Integer.class,
							department.code());
					if (present == null || present == 0) {
						this.jdbc.update("INSERT INTO doc_number_lock (department_code) VALUES (?)", department.code());
					}
				});
			}
			catch (DuplicateKeyException ex) {
				// Another instance created it first.
			}
		}
	}

	private static RowMapper<IssuedNotice> mapper() {
		return (rs, row) -> new IssuedNotice(rs.getString("notice_no"), rs.getString("notice_type"),
				rs.getString("department_code"), rs.getString("case_ref"), rs.getString("title"), rs.getString("body"),
				rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by"));
	}

}
