package org.kjt.approvals.workpermit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.inbox.Workbench;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.Committed;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.TestFiles;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Walks every path of processes/talent-confirmation.bpmn20.xml (外国高端人才确认函 asked for on
 * its own, Liaoning): who may ask, checked at submission; issued after a send-back;
 * refused with reasons and remedies; the deadline check; withdrawn.
 */
@ApprovalsTest
class TalentConfirmationProcessTests {

	@Autowired
	WorkPermitFixtures fixtures;

	@Autowired
	Cases cases;

	@Autowired
	WorkPermits permits;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	Tasks tasks;

	@Autowired
	Workbench workbench;

	@Autowired
	Users users;

	@Autowired
	CaseViews views;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void day() {
		this.clock.setDate(WorkPermitFixtures.DAY);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void issuedAfterASendBackForTheEmployersValidCategoryACard() {
		String number = this.fixtures.card("applicant", WorkPermitFixtures.formA("R1112223"), "A");
		// Applied for in lower case: the passport is compared as on the card.
		long id = submitted("applicant", request(number, "r1112223"));
		CaseView accepted = this.views.as("applicant", id);
		assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(accepted.step()).isEqualTo("confirmationReview");
		assertThat(accepted.division()).isEqualTo("ln.foreign-experts");
		// Five working days from acceptance on Monday 11-02.
		assertThat(accepted.clock().deadline()).isEqualTo(LocalDate.of(2026, 11, 9));
		assertThat(this.tasks.groupQueue("ln-approval", id)).isEmpty();

		this.tasks.complete("ln-expert", id, "confirmationReview", "issue", "符合A类", Map.of());
		this.tasks.complete("ln-expert-head", id, "signOff", "sendBack", "请核实入境计划", Map.of());
		assertThat(this.views.as("applicant", id).step()).isEqualTo("confirmationReview");
		this.tasks.complete("ln-expert", id, "confirmationReview", "issue", "已核实", Map.of());
		this.tasks.complete("ln-expert-head", id, "signOff", "approve", "同意出具", Map.of());

		CaseView issued = this.views.as("applicant", id);
		assertThat(issued.status()).isEqualTo(CaseStatus.GRANTED);
		assertThat(issued.step()).isNull();
		CaseView.NoticeView letter = issued.notices().get(issued.notices().size() - 1);
		assertThat(letter.type()).isEqualTo("TALENT_CONFIRMATION");
		assertThat(letter.title()).isEqualTo("外国高端人才确认函");
		assertThat(letter.number()).contains("外确字");
		String noticeNumber = this.users.as("applicant", () -> this.permits.mine(PageRequest.of(0, 100)))
			.stream()
			.filter((card) -> card.permitNumber().equals(number))
			.findFirst()
			.orElseThrow()
			.noticeNumber();
		assertThat(letter.body()).contains("SMITH JOHN", "GBR", "R1112223", "A类", "R字签证", noticeNumber);
		// Not a licence: received with a 收件告知 of its own, no 受理通知书.
		CaseView.NoticeView receipt = issued.notices().get(0);
		assertThat(receipt.type()).isEqualTo("TALENT_CONFIRMATION_RECEIPT");
		assertThat(receipt.body()).contains("5个工作日内", "不予出具的理由").doesNotContain("受理", "行政许可");
		// The passport is the employer's and the division's to read; masked for other
		// staff.
		CaseView other = this.views.as("ln-approval", id);
		assertThat(other.form().get("passportNumber").toString()).doesNotContain("1112223");
		assertThat(other.notices().get(other.notices().size() - 1).body()).doesNotContain("R1112223");
	}

	/**
	 * The card is cancelled while the request is reviewed: the head cannot sign a letter
	 * for it (409, nothing issued); sent back, the review finds against it with reasons,
	 * and the refusal carries the remedies.
	 */
	@Test
	void aCardCancelledMeanwhileIsNotConfirmedButRefusedWithReasonsAndRemedies() {
		String number = this.fixtures.card("applicant", WorkPermitFixtures.formA("R2223334"), "A");
		long id = submitted("applicant", request(number, "R2223334"));
		this.tasks.complete("ln-expert", id, "confirmationReview", "issue", "符合A类", Map.of());
		Committed.update(this.jdbc, "UPDATE wp_card SET status = 'CANCELLED', cancelled_on = ? WHERE permit_number = ?",
				java.sql.Date.valueOf(WorkPermitFixtures.DAY), number);
		String signOff = this.tasks.claim("ln-expert-head", id, "signOff");
		assertThatThrownBy(() -> this.users.run("ln-expert-head",
				() -> this.workbench.complete(signOff, "approve", "同意出具", Map.of())))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("confirmationCardChanged");
		assertThat(this.views.as("applicant", id).step()).isEqualTo("signOff");
		assertThat(this.views.as("applicant", id).notices()).extracting(CaseView.NoticeView::type)
			.containsExactly("TALENT_CONFIRMATION_RECEIPT");
		this.users.run("ln-expert-head", () -> this.workbench.complete(signOff, "sendBack", "证件已注销", Map.of()));

		String review = this.tasks.claim("ln-expert", id, "confirmationReview");
		assertThatThrownBy(
				() -> this.users.run("ln-expert", () -> this.workbench.complete(review, "notIssue", "不予出具", Map.of())))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("notIssuedReasons");
		this.users.run("ln-expert", () -> this.workbench.complete(review, "notIssue", "不予出具",
				Map.of("notIssuedReasons", "持证人已离职,用人单位已申请注销")));
		this.tasks.complete("ln-expert-head", id, "signOff", "approve", "同意", Map.of());
		CaseView refused = this.views.as("applicant", id);
		assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
		assertThat(refused.step()).isNull();
		CaseView.NoticeView notice = refused.notices().get(refused.notices().size() - 1);
		assertThat(notice.type()).isEqualTo("TALENT_CONFIRMATION_REFUSAL");
		assertThat(notice.body()).contains(number, "持证人已离职,用人单位已申请注销", "行政复议", "行政诉讼");
	}

	@Test
	void whoMayAskIsCheckedAtSubmissionAndARefusalLeavesTheDraft() {
		String categoryA = this.fixtures.card("applicant", WorkPermitFixtures.formA("R3334445"), "A");
		String categoryB = this.fixtures.card("applicant", WorkPermitFixtures.formB("R4445556"), "B");
		refused("applicant", request(categoryB, "R4445556"), "permitNumber", "notCategoryA");
		// A card Jilin issued is confirmed by Jilin's authority, not here.
		String jilin = this.fixtures.card("applicant", "jilin", WorkPermitFixtures.formA("R6667778"), "A");
		refused("applicant", request(jilin, "R6667778"), "permitNumber", "otherDepartment");
		// Another employer, even with the right passport: as if there were no such card.
		refused("applicant2", request(categoryA, "R3334445"), "permitNumber", "permitUnknown");
		refused("applicant", request(categoryA, "X9999999"), "passportNumber", "confirmationPassport");
		Map<String, Object> late = request(categoryA, "R3334445");
		late.put("plannedEntry", "2028-12-01");
		refused("applicant", late, "plannedEntry", "confirmationEntry");
		Map<String, Object> past = request(categoryA, "R3334445");
		past.put("plannedEntry", "2026-10-30");
		refused("applicant", past, "plannedEntry", "confirmationEntry");
		Map<String, Object> reason = request(categoryA, "R3334445");
		reason.put("confirmationReason", "TOURISM");
		refused("applicant", reason, "confirmationReason", "confirmationReason");
		assertThatThrownBy(() -> this.users.as("applicant",
				() -> this.cases.create("jilin", TalentConfirmationRules.ITEM, request(categoryA, "R3334445"))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("case.error.itemNotOffered");
		// Once the card has expired, nothing more is confirmed on it.
		long draft = draft("applicant", request(categoryA, "R3334445"));
		this.clock.setDate(LocalDate.of(2028, 12, 1));
		assertThatThrownBy(() -> this.users.run("applicant", () -> this.cases.submit(draft)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("permitNotValid")
			.satisfies((ex) -> assertThat(this.messages.getMessage(((DomainException) ex).messageKey(),
					((DomainException) ex).arguments(), java.util.Locale.SIMPLIFIED_CHINESE))
				.contains("已过期"));
		assertThat(this.views.as("applicant", draft).status()).isEqualTo(CaseStatus.DRAFT);
	}

	@Test
	void theDeadlineIsWatchedAndTheEmployerMayWithdraw() {
		String number = this.fixtures.card("applicant", WorkPermitFixtures.formA("R5556667"), "A");
		long id = submitted("applicant", request(number, "R5556667"));
		// Past the five working days: the deadline check escalates it.
		this.clock.setDate(LocalDate.of(2026, 11, 10));
		this.tasks.fireTimer(id, "reviewDeadlineCheck");
		CaseView overdue = this.views.as("applicant", id);
		assertThat(overdue.clock().overdue()).isTrue();
		assertThat(overdue.history()).extracting(CaseView.HistoryEntry::type).contains("ESCALATED");
		this.tasks.complete("ln-expert", id, "confirmationReview", "issue", "符合", Map.of());
		this.tasks.fireTimer(id, "signOffDeadlineCheck");
		assertThat(this.views.as("applicant", id).step()).isEqualTo("signOff");
		this.users.run("applicant", () -> this.cases.withdraw(id, "持证人改变行程"));
		CaseView withdrawn = this.views.as("applicant", id);
		assertThat(withdrawn.status()).isEqualTo(CaseStatus.WITHDRAWN);
		assertThat(withdrawn.step()).isNull();
		assertThat(this.tasks.groupQueue("ln-expert-head", id)).isEmpty();
	}

	static Map<String, Object> request(String permitNumber, String passport) {
		Map<String, Object> form = new HashMap<>();
		form.put("permitNumber", permitNumber);
		form.put("passportNumber", passport);
		form.put("confirmationReason", "NEW_VISA");
		form.put("plannedEntry", "2027-01-10");
		form.put("consulate", "中国驻英国大使馆");
		return form;
	}

	private long draft(String employer, Map<String, Object> form) {
		return this.users.as(employer, () -> {
			long id = this.cases.create("liaoning", TalentConfirmationRules.ITEM, form).id();
			this.cases.upload(id, "passport", "passport.pdf", TestFiles.PDF);
			return id;
		});
	}

	private long submitted(String employer, Map<String, Object> form) {
		long id = draft(employer, form);
		this.users.run(employer, () -> this.cases.submit(id));
		return id;
	}

	private void refused(String employer, Map<String, Object> form, String field, String key) {
		long id = draft(employer, form);
		assertThatThrownBy(() -> this.users.run(employer, () -> this.cases.submit(id)))
			.isInstanceOfSatisfying(DomainException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.messageKey()).endsWith(key);
			});
		assertThat(this.views.as(employer, id).status()).isEqualTo(CaseStatus.DRAFT);
	}

}
