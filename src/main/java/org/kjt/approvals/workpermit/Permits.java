package org.kjt.approvals.workpermit;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseRules;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.MemberRemoved;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The permit tables: persons with their lifelong numbers, and their cards. */
@Repository
class Permits {

	private static final String CARD = "SELECT c.*, p.holder_name, p.nationality, p.date_of_birth, p.passport_number"
			+ " FROM wp_card c JOIN wp_person p ON p.permit_number = c.permit_number";

	/**
	 * The cards of the user's organisation; one issued without a credit code, its
	 * account's.
	 */
	private static final String HELD_BY = "(c.employer_credit_code = ? OR (c.employer_credit_code IS NULL"
			+ " AND c.employer_username = ?))";

	private final JdbcTemplate jdbc;

	Permits(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record Card(long id, String permitNumber, long caseId, String departmentCode, String employerUsername,
			@Nullable String employerCreditCode, String employerName, String category, String post, String workAddress,
			String noticeNumber, @Nullable LocalDate entryDate, LocalDate issuedOn, LocalDate validUntil,
			PermitStatus status, LocalDate cancelledOn, boolean cancelledLate, String holderName, String nationality,
			LocalDate dateOfBirth, String passportNumber) {

		/**
		 * Whether the card is the user's organisation's: it belongs to the employer, not
		 * to the account that applied.
		 */
		boolean heldBy(AppUser user) {
			if (this.employerCreditCode == null) {
				// Issued to an account without a credit code: that account's.
				return user.username().equals(this.employerUsername);
			}
			return this.employerCreditCode.equals(user.creditCode());
		}

		PermitStatus effectiveStatus(LocalDate today) {
			if (this.status == PermitStatus.CANCELLED) {
				return PermitStatus.CANCELLED;
			}
			return this.validUntil.isBefore(today) ? PermitStatus.EXPIRED : PermitStatus.VALID;
		}

	}

	Optional<String> personByIdentity(String nationality, LocalDate dateOfBirth, String passportNumber) {
		return this.jdbc
			.queryForList(
					"SELECT permit_number FROM wp_person WHERE nationality = ? AND date_of_birth = ?"
							+ " AND passport_number = ?",
					String.class, nationality, Date.valueOf(dateOfBirth), passportNumber)
			.stream()
			.findFirst();
	}

	/**
	 * A person by number, if nationality and date of birth match (a typo is no match).
	 */
	Optional<String> personByNumber(String permitNumber, String nationality, LocalDate dateOfBirth) {
		return this.jdbc
			.queryForList(
					"SELECT permit_number FROM wp_person WHERE permit_number = ? AND nationality = ?"
							+ " AND date_of_birth = ?",
					String.class, permitNumber, nationality, Date.valueOf(dateOfBirth))
			.stream()
			.findFirst();
	}

	long countPersonsWithPrefix(String prefix) {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM wp_person WHERE permit_number LIKE ?", Long.class,
				prefix + "%");
		return (count != null) ? count : 0;
	}

	/**
	 * Category-C cards a department issued in a year: the quota's count before its
	 * counter.
	 */
	long countCategoryCCards(String department, int year) {
		Long count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM wp_card WHERE department_code = ? AND category = 'C'"
						+ " AND issued_on >= ? AND issued_on < ?",
				Long.class, department, Date.valueOf(LocalDate.of(year, 1, 1)),
				Date.valueOf(LocalDate.of(year + 1, 1, 1)));
		return (count != null) ? count : 0;
	}

	void insertPerson(String permitNumber, String holderName, String nationality, LocalDate dateOfBirth,
			String passportNumber, Instant now) {
		this.jdbc.update(
				"INSERT INTO wp_person (permit_number, holder_name, nationality, date_of_birth, passport_number,"
						+ " created_at) VALUES (?, ?, ?, ?, ?, ?)",
				permitNumber, holderName, nationality, Date.valueOf(dateOfBirth), passportNumber, Timestamp.from(now));
	}

	void updatePerson(String permitNumber, String holderName, String passportNumber) {
		this.jdbc.update("UPDATE wp_person SET holder_name = ?, passport_number = ? WHERE permit_number = ?",
				holderName, passportNumber, permitNumber);
	}

	void insertCard(String permitNumber, long caseId, String department, String employerUsername,
			@Nullable String employerCreditCode, String employerName, String category, String post, String workAddress,
			String noticeNumber, @Nullable LocalDate entryDate, LocalDate issuedOn, LocalDate validUntil, Instant now) {
		this.jdbc.update("INSERT INTO wp_card (permit_number, case_id, department_code, employer_username,"
				+ " employer_credit_code,"
				+ " employer_name, category, post, work_address, notice_number, entry_date, issued_on, valid_until,"
				+ " status, cancelled_late, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ISSUED', FALSE, ?)",
				permitNumber, caseId, department, employerUsername, employerCreditCode, employerName, category, post,
				workAddress, noticeNumber, (entryDate != null) ? Date.valueOf(entryDate) : null, Date.valueOf(issuedOn),
				Date.valueOf(validUntil), Timestamp.from(now));
	}

	/** The person's newest card: what verification shows. */
	Optional<Card> latestCard(String permitNumber) {
		return this.jdbc
			.query(CARD + " WHERE c.permit_number = ? ORDER BY c.issued_on DESC, c.id DESC", this::card, permitNumber)
			.stream()
			.findFirst();
	}

	/**
	 * The card a request names (form field {@code permitNumber}): held by the applicant's
	 * organisation (another's is as unknown), issued by the department applied to, and
	 * valid today; otherwise a refusal naming the field.
	 * @param submission the request
	 * @return the card
	 */
	Card requireHeldValid(CaseRules.Submission submission) {
		String number = WorkPermitApplication.text(submission.form(), "permitNumber", 32);
		Card card = latestCard(number).filter((found) -> found.heldBy(submission.applicant()))
			.orElseThrow(() -> DomainException.invalid("permitNumber", "workpermit.error.permitUnknown", number));
		if (!card.departmentCode().equals(submission.departmentCode())) {
			throw DomainException.invalid("permitNumber", "workpermit.error.otherDepartment", number);
		}
		PermitStatus status = card.effectiveStatus(submission.today());
		if (status != PermitStatus.VALID) {
			throw DomainException.conflict("workpermit.error.permitNotValid", number, status.words());
		}
		return card;
	}

	Optional<Card> latestCardLocked(String permitNumber) {
		return this.jdbc
			.query(CARD + " WHERE c.id = (SELECT MAX(id) FROM wp_card WHERE permit_number = ?) FOR UPDATE", this::card,
					permitNumber)
			.stream()
			.findFirst();
	}

	List<Card> byEmployer(AppUser user, int limit, long offset) {
		return this.jdbc.query(CARD + " WHERE " + HELD_BY + " ORDER BY c.issued_on DESC, c.id DESC LIMIT ? OFFSET ?",
				this::card, user.creditCode(), user.username(), limit, offset);
	}

	long countByEmployer(AppUser user) {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM wp_card c WHERE " + HELD_BY, Long.class,
				user.creditCode(), user.username());
		return (count != null) ? count : 0;
	}

	Optional<Card> byCase(long caseId) {
		return this.jdbc.query(CARD + " WHERE c.case_id = ?", this::card, caseId).stream().findFirst();
	}

	void extend(long cardId, LocalDate validUntil, Instant now) {
		this.jdbc.update("UPDATE wp_card SET valid_until = ?, updated_at = ? WHERE id = ?", Date.valueOf(validUntil),
				Timestamp.from(now), cardId);
	}

	void changePost(long cardId, String post, Instant now) {
		this.jdbc.update("UPDATE wp_card SET post = ?, updated_at = ? WHERE id = ?", post, Timestamp.from(now), cardId);
	}

	void cancel(long cardId, LocalDate on, String reason, boolean late, Instant now) {
		this.jdbc.update(
				"UPDATE wp_card SET status = 'CANCELLED', cancelled_on = ?, cancel_reason = ?,"
						+ " cancelled_late = ?, updated_at = ? WHERE id = ?",
				Date.valueOf(on), reason, late, Timestamp.from(now), cardId);
	}

	/**
	 * A card issued to an account without a credit code is held by that account: when it
	 * leaves its organisation, the administrator holds it (cards with a code are the
	 * organisation's already).
	 * @param removed the removal
	 */
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	@Transactional(propagation = Propagation.MANDATORY)
	void memberRemoved(MemberRemoved removed) {
		this.jdbc.update(
				"UPDATE wp_card SET employer_username = ? WHERE employer_username = ? AND employer_credit_code IS NULL",
				removed.successor(), removed.username());
	}

	private Card card(ResultSet rs, int row) throws SQLException {
		Date cancelled = rs.getDate("cancelled_on");
		return new Card(rs.getLong("id"), rs.getString("permit_number"), rs.getLong("case_id"),
				rs.getString("department_code"), rs.getString("employer_username"),
				rs.getString("employer_credit_code"), rs.getString("employer_name"), rs.getString("category"),
				rs.getString("post"), rs.getString("work_address"), rs.getString("notice_number"),
				(rs.getDate("entry_date") != null) ? rs.getDate("entry_date").toLocalDate() : null,
				rs.getDate("issued_on").toLocalDate(), rs.getDate("valid_until").toLocalDate(),
				PermitStatus.valueOf(rs.getString("status")), (cancelled != null) ? cancelled.toLocalDate() : null,
				rs.getBoolean("cancelled_late"), rs.getString("holder_name"), rs.getString("nationality"),
				rs.getDate("date_of_birth").toLocalDate(), rs.getString("passport_number"));
	}

}
