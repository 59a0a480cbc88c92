package org.kjt.approvals.hightech;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.evaluation.Assignment;
import org.kjt.approvals.evaluation.CertificateView;
import org.kjt.approvals.evaluation.Certificates;
import org.kjt.approvals.evaluation.Discipline;
import org.kjt.approvals.evaluation.ExpertKind;
import org.kjt.approvals.evaluation.ExpertView;
import org.kjt.approvals.evaluation.Experts;
import org.kjt.approvals.evaluation.NewExpert;
import org.kjt.approvals.evaluation.ObjectionView;
import org.kjt.approvals.evaluation.PanelView;
import org.kjt.approvals.evaluation.Panels;
import org.kjt.approvals.evaluation.PublicNoticeView;
import org.kjt.approvals.evaluation.PublicNotices;
import org.kjt.approvals.evaluation.SeatState;
import org.kjt.approvals.messages.Messages;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.CreditCode;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Walks every path of processes/high-tech-recognition.bpmn20.xml on the real database:
 * formal check (accept, one correction, not accepted), the panel (avoidance, conflict
 * replaced or left vacant, reminder, overdue and a late score), the pass mark's edge, the
 * proposal (propose, redraw, not recognised), the public notice with objections upheld
 * and rejected, the decision and the certificate, and withdrawal. Calls of this class are
 * in 2027 (a month each).
 */
@ApprovalsTest
class HighTechRecognitionProcessTests {

	static final String APPLICANT = "applicant2";

	static final String APPLICANT_CODE = "91210100MA0YQ8C254";

	@Autowired
	Accounts accounts;

	@Autowired
	HighTechFixtures hightech;

	@Autowired
	Cases cases;

	@Autowired
	Panels panels;

	@Autowired
	Messages messages;

	@Autowired
	PublicNotices notices;

	@Autowired
	Certificates certificates;

	@Autowired
	Experts experts;

	@Autowired
	Tasks tasks;

	@Autowired
	Users users;

	@Autowired
	CaseViews views;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void recognisedAfterThePanelAndANoticeWhoseObjectionIsRejected() {
		LocalDate day = LocalDate.of(2027, 3, 1);
		this.hightech.openCall(day, "2027年度高新技术企业认定(测试三月批)");
		this.clock.setDate(day);
		long id = this.hightech.submitted(APPLICANT, HighTechFixtures.form());
		CaseView submitted = this.views.as(APPLICANT, id);
		assertThat(submitted.step()).isEqualTo("formalCheck");
		assertThat(submitted.division()).isEqualTo("ln.enterprise-services");
		assertThat(submitted.form()).containsEntry("rdRatio", "5.24%").containsEntry("highTechShare", "63.41%");

		this.tasks.complete("ln-enterprise", id, "formalCheck", "accept", "材料齐全", Map.of());
		CaseView accepted = this.views.as(APPLICANT, id);
		assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(accepted.step()).isEqualTo("scoring");
		assertThat(accepted.notices()).extracting(CaseView.NoticeView::type).containsExactly("RECOGNITION_RECEIPT");

		PanelView panel = this.hightech.panel(id);
		assertThat(panel.seats()).hasSize(4);
		assertThat(panel.seats()).filteredOn((seat) -> seat.kind() == ExpertKind.TECHNICAL).hasSize(3);
		assertThat(panel.seats()).filteredOn((seat) -> seat.kind() == ExpertKind.FINANCIAL).hasSize(1);
		// The expert of the applicant's own organisation is never drawn.
		assertThat(panel.seats()).extracting(PanelView.SeatView::username).doesNotContain("expert7");
		assertThat(panel.dueOn()).isEqualTo(LocalDate.of(2027, 3, 15));
		assertThat(this.views.as("ln-enterprise", id).history()).anyMatch(
				(entry) -> "PANEL_DRAWN".equals(entry.type()) && entry.detail().contains(Long.toString(panel.seed())));

		// Independent: one expert's score is nobody else's to see before all are in.
		PanelView.SeatView first = panel.seats().get(0);
		PanelView.SeatView second = panel.seats().get(1);
		this.users.run(first.username(),
				() -> this.panels.score(first.id(), HighTechFixtures.points(25, 25, 15, 15), "技术水平较高"));
		assertThatThrownBy(
				() -> this.users.as(second.username(), () -> this.panels.assignment(first.id(), Locale.ROOT)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("seatNotFound");
		assertThat(this.hightech.panel(id).seats()).extracting(PanelView.SeatView::total).containsOnlyNulls();
		assertThat(this.views.as(APPLICANT, id).step()).isEqualTo("scoring");
		// Scores are whole points within each criterion's maximum, every criterion once.
		assertThatThrownBy(() -> this.users.run(second.username(),
				() -> this.panels.score(second.id(), HighTechFixtures.points(31, 25, 15, 15), "过高")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("scoreRange");
		assertThatThrownBy(() -> this.users.run(second.username(),
				() -> this.panels.score(second.id(), Map.of("ip", 20, "bonus", 5), "缺项")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("unknownCriteria");
		assertThatThrownBy(() -> this.users.run(first.username(),
				() -> this.panels.score(first.id(), HighTechFixtures.points(20, 20, 10, 10), "改分")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("alreadyScored");

		this.hightech.scoreAll(id, HighTechFixtures.points(25, 25, 15, 15));
		PanelView scored = this.hightech.panel(id);
		assertThat(scored.complete()).isTrue();
		assertThat(scored.score()).isEqualByComparingTo("80");
		assertThat(scored.passed()).isTrue();
		assertThat(this.views.as(APPLICANT, id).step()).isEqualTo("proposal");

		this.tasks.complete("ln-enterprise", id, "proposal", "propose", "得分80分,拟认定", Map.of());
		CaseView onNotice = this.views.as(APPLICANT, id);
		assertThat(onNotice.status()).isEqualTo(CaseStatus.PUBLIC_NOTICE);
		assertThat(onNotice.step()).isEqualTo("publicNotice");
		this.clock.setDate(LocalDate.of(2027, 3, 2));
		PublicNoticeView notice = this.notices
			.running("liaoning", org.springframework.data.domain.PageRequest.of(0, 100), Locale.SIMPLIFIED_CHINESE)
			.getContent()
			.stream()
			.filter((running) -> running.subject().equals(onNotice.applicantName()))
			.findFirst()
			.orElseThrow();
		// 10 full working days from the day after it is published: 2 to 15 March.
		assertThat(notice.startsOn()).isEqualTo(LocalDate.of(2027, 3, 2));
		assertThat(notice.endsOn()).isEqualTo(LocalDate.of(2027, 3, 15));
		// Not before it starts.
		this.clock.setDate(day);
		assertThatThrownBy(() -> this.notices.object(notice.id(), "张三", "13800000000", "提前的异议"))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("objectionWindow");
		this.clock.setDate(LocalDate.of(2027, 3, 2));
		assertThat(notice.proposal()).contains("80.00");

		assertThatThrownBy(() -> this.notices.object(notice.id(), " ", "13800000000", "理由"))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("objectionField");
		long objection = this.notices.object(notice.id(), "张三", "13800000000", "该企业知识产权存在权属纠纷");
		// The last evening still counts; midnight after it does not.
		this.clock.setInstant(LocalDateTime.of(2027, 3, 15, 23, 59).atZone(HighTechFixtures.ZONE).toInstant());
		long lastEvening = this.notices.object(notice.id(), "王二", "13700000000", "最后一天的异议");
		this.clock.setInstant(LocalDateTime.of(2027, 3, 16, 0, 0).atZone(HighTechFixtures.ZONE).toInstant());
		assertThatThrownBy(() -> this.notices.object(notice.id(), "李四", "13900000000", "迟到的异议"))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("objectionWindow");

		this.tasks.fireTimer(id, "publicNotice");
		assertThat(this.views.as(APPLICANT, id).step()).isEqualTo("objectionHandling");
		// Every objection is handled before the decision.
		assertThatThrownBy(() -> this.tasks.complete("ln-enterprise", id, "objectionHandling", "done", "已处理", Map.of()))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("objectionsOpen");
		assertThatThrownBy(() -> this.users.run("ln-approval", () -> this.notices.handle(objection, false, "不成立")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("objectionNotFound");
		ObjectionView rejected = this.users.as("ln-enterprise",
				() -> this.notices.handle(objection, false, "经核查,知识产权权属清晰,异议不成立"));
		assertThatThrownBy(
				() -> this.tasks.completeMine("ln-enterprise", id, "objectionHandling", "done", "已处理", Map.of()))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("objectionsOpen");
		this.users.run("ln-enterprise", () -> this.notices.handle(lastEvening, false, "与第一件异议相同,不成立"));
		assertThat(rejected.answer()).contains("权属清晰");
		this.tasks.completeMine("ln-enterprise", id, "objectionHandling", "done", "异议已处理", Map.of());
		assertThat(this.views.as(APPLICANT, id).step()).isEqualTo("recognitionDecision");

		// The division head decides.
		assertThat(this.tasks.groupQueue("ln-enterprise-head", id)).isNotEmpty();
		this.tasks.complete("ln-enterprise-head", id, "recognitionDecision", "recognise", "予以认定", Map.of());
		CaseView recognised = this.views.as(APPLICANT, id);
		assertThat(recognised.status()).isEqualTo(CaseStatus.RECOGNISED);
		assertThat(recognised.step()).isNull();
		assertThat(recognised.notices()).extracting(CaseView.NoticeView::type)
			.containsExactly("RECOGNITION_RECEIPT", "RECOGNITION_DECISION");
		CertificateView certificate = this.certificates.ofCase(id).orElseThrow();
		assertThat(certificate.number()).matches("GR202721\\d{6}");
		assertThat(certificate.validUntil()).isEqualTo(LocalDate.of(2030, 3, 15));
		assertThat(recognised.notices().get(1).body()).contains(certificate.number(), "2030-03-15");
		CertificateView verified = this.certificates.verify(certificate.number().toLowerCase(Locale.ROOT), Locale.ROOT);
		assertThat(verified.valid()).isTrue();
		assertThat(verified.holder()).isEqualTo(recognised.applicantName());
		assertThat(recognised.history()).extracting(CaseView.HistoryEntry::type)
			.contains("OBJECTION_RECEIVED", "OBJECTION_HANDLED", "NOTICE_ENDED", "CERTIFICATE_ISSUED");
	}

	@Test
	void aScoreOfExactlySeventyFailsAndSeventyAndAQuarterPassesThenTheDivisionFindsAgainstIt() {
		LocalDate day = LocalDate.of(2027, 4, 5);
		this.hightech.openCall(day, "2027年度高新技术企业认定(测试四月批)");
		this.clock.setDate(day);
		long failing = this.hightech.submitted(APPLICANT, HighTechFixtures.form());
		long passing = this.hightech.submitted(APPLICANT, HighTechFixtures.form());
		this.tasks.complete("ln-enterprise", failing, "formalCheck", "accept", "材料齐全", Map.of());
		this.tasks.complete("ln-enterprise", passing, "formalCheck", "accept", "材料齐全", Map.of());

		this.hightech.scoreAll(failing, HighTechFixtures.points(20, 20, 15, 15));
		// Not passed: people decide, and nobody can propose it.
		assertThat(this.views.as(APPLICANT, failing).step()).isEqualTo("proposal");
		assertThatThrownBy(() -> this.tasks.complete("ln-enterprise", failing, "proposal", "propose", "拟认定", Map.of()))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("notPassed");
		this.tasks.completeMine("ln-enterprise", failing, "proposal", "notRecognise", "未达到认定分数",
				Map.of("notRecognisedReasons", "创新能力评价未超过70分"));
		CaseView notRecognised = this.views.as(APPLICANT, failing);
		assertThat(notRecognised.status()).isEqualTo(CaseStatus.NOT_RECOGNISED);
		CaseView.NoticeView refusal = notRecognised.notices().get(notRecognised.notices().size() - 1);
		assertThat(refusal.type()).isEqualTo("RECOGNITION_REFUSAL");
		assertThat(refusal.body()).contains("创新能力评价未超过70分", "70.00", "行政复议", "行政诉讼");

		// Totals 70, 70, 70, 71: a mean of 70.25, above the mark.
		List<PanelView.SeatView> seats = this.hightech.panel(passing).seats();
		for (int i = 0; i < seats.size(); i++) {
			PanelView.SeatView seat = seats.get(i);
			Map<String, Integer> points = (i == 0) ? HighTechFixtures.points(21, 20, 15, 15)
					: HighTechFixtures.points(20, 20, 15, 15);
			this.users.run(seat.username(), () -> this.panels.score(seat.id(), points, "符合要求"));
		}
		assertThat(this.hightech.panel(passing).score()).isEqualByComparingTo(new BigDecimal("70.25"));
		assertThat(this.views.as(APPLICANT, passing).step()).isEqualTo("proposal");
		this.tasks.complete("ln-enterprise", passing, "proposal", "notRecognise", "研发费用归集不规范",
				Map.of("notRecognisedReasons", "经审核,研究开发费用归集不符合《工作指引》要求"));
		CaseView found = this.views.as(APPLICANT, passing);
		assertThat(found.status()).isEqualTo(CaseStatus.NOT_RECOGNISED);
		assertThat(found.notices().get(found.notices().size() - 1).body()).contains("研究开发费用归集不符合");
		assertThat(this.certificates.ofCase(passing)).isEmpty();
	}

	@Test
	void oneCorrectionNoticeOnlyThenNotAcceptedWithRemedies() {
		LocalDate day = LocalDate.of(2027, 5, 3);
		this.hightech.openCall(day, "2027年度高新技术企业认定(测试五月批)");
		this.clock.setDate(day);
		long id = this.hightech.submitted(APPLICANT, HighTechFixtures.form());
		this.tasks.complete("ln-enterprise", id, "formalCheck", "correct", "审计报告未盖章",
				Map.of("items", Map.of("rd-audit", "专项审计报告缺少事务所盖章")));
		CaseView correcting = this.views.as(APPLICANT, id);
		assertThat(correcting.status()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);
		assertThat(correcting.step()).isEqualTo("correction");
		assertThat(correcting.notices().get(0).type()).isEqualTo("RECOGNITION_CORRECTION");
		assertThat(correcting.notices().get(0).body()).contains("研究开发费用专项审计报告", "缺少事务所盖章");
		this.users.run(APPLICANT, () -> {
			this.cases.upload(id, "rd-audit", "rd-audit-sealed.pdf", org.kjt.approvals.support.TestFiles.PDF);
			this.cases.resubmit(id, "已补充盖章");
		});
		assertThat(this.views.as(APPLICANT, id).step()).isEqualTo("formalCheck");
		assertThatThrownBy(() -> this.tasks.complete("ln-enterprise", id, "formalCheck", "correct", "再次补正",
				Map.of("items", Map.of("ip-proof", "不清晰"))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("correctionOnce");
		this.tasks.completeMine("ln-enterprise", id, "formalCheck", "reject", "不符合形式要求",
				Map.of("rejectReasons", "知识产权证明与申请书所列不一致"));
		CaseView rejected = this.views.as(APPLICANT, id);
		assertThat(rejected.status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
		assertThat(rejected.notices().get(1).type()).isEqualTo("RECOGNITION_NOT_ACCEPTED");
		assertThat(rejected.notices().get(1).body()).contains("知识产权证明与申请书所列不一致", "行政复议");
	}

	@Test
	void theWindowRefusesOutsideItsEdgesAndIsExtendedOnceAndTheQuotaHolds() {
		LocalDate day = LocalDate.of(2027, 6, 7);
		this.hightech.openCall(day, "2027年度高新技术企业认定(测试六月批)");
		long early = this.hightech.draft(APPLICANT, HighTechFixtures.form());
		this.clock.setInstant(day.atStartOfDay(HighTechFixtures.ZONE).toInstant().minusSeconds(1));
		assertThatThrownBy(() -> this.users.run(APPLICANT, () -> this.cases.submit(early)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("notYetOpen");
		assertThat(this.views.as(APPLICANT, early).status()).isEqualTo(CaseStatus.DRAFT);
		this.clock.setInstant(day.atStartOfDay(HighTechFixtures.ZONE).toInstant());
		this.users.run(APPLICANT, () -> this.cases.submit(early));
		assertThat(this.views.as(APPLICANT, early).status()).isEqualTo(CaseStatus.SUBMITTED);

		long last = this.hightech.draft(APPLICANT, HighTechFixtures.form());
		long late = this.hightech.draft(APPLICANT, HighTechFixtures.form());
		this.clock.setInstant(day.plusDays(5).atStartOfDay(HighTechFixtures.ZONE).toInstant().minusSeconds(1));
		this.users.run(APPLICANT, () -> this.cases.submit(last));
		this.clock.setInstant(day.plusDays(5).atStartOfDay(HighTechFixtures.ZONE).toInstant());
		assertThatThrownBy(() -> this.users.run(APPLICANT, () -> this.cases.submit(late)))
			.isInstanceOf(DomainException.class)
			// Closed at its closing second (the message names the next call if one is
			// coming).
			.hasMessageContaining("call.error.");
		assertThat(this.views.as(APPLICANT, late).status()).isEqualTo(CaseStatus.DRAFT);
	}

	@Test
	void aCallIsExtendedOnceWithAReasonAndItsQuotaIsNeverExceeded() {
		LocalDate day = LocalDate.of(2027, 7, 5);
		long callId = this.hightech.openCall(day, "2027年度高新技术企业认定(测试七月批)").id();
		this.clock.setDate(day.plusDays(3));
		assertThatThrownBy(
				() -> this.users.run("ln-enterprise", () -> this.hightech.extend(callId, day.plusDays(8), " ")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("call.error.reason");
		assertThatThrownBy(
				() -> this.users.run("ln-approval", () -> this.hightech.extend(callId, day.plusDays(8), "受疫情影响")))
			.isInstanceOf(DomainException.class);
		this.users.run("ln-enterprise", () -> this.hightech.extend(callId, day.plusDays(8), "系统维护两天,顺延申报期"));
		assertThatThrownBy(
				() -> this.users.run("ln-enterprise", () -> this.hightech.extend(callId, day.plusDays(10), "再次顺延")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("extendedOnce");
		this.clock.setDate(day.plusDays(7));
		long id = this.hightech.submitted(APPLICANT, HighTechFixtures.form());
		assertThat(this.views.as(APPLICANT, id).status()).isEqualTo(CaseStatus.SUBMITTED);

		// A call of one place: the second submission is refused, and counted nowhere.
		LocalDate quotaDay = LocalDate.of(2027, 7, 26);
		this.users.run("ln-enterprise", () -> this.hightech.open(quotaDay, "2027年度高新技术企业认定(限额批)", 1));
		this.clock.setDate(quotaDay);
		this.hightech.submitted(APPLICANT, HighTechFixtures.form());
		long second = this.hightech.draft(APPLICANT, HighTechFixtures.form());
		assertThatThrownBy(() -> this.users.run(APPLICANT, () -> this.cases.submit(second)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("quotaReached");
		assertThat(this.views.as(APPLICANT, second).status()).isEqualTo(CaseStatus.DRAFT);
		// Other staff cannot open calls of an item their division does not review.
		assertThatThrownBy(() -> this.users.run("ln-approval",
				() -> this.hightech.open(LocalDate.of(2027, 12, 6), "不是本处室的事项", null)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("notManaging");
	}

	@Test
	void theHardConditionsAreCheckedAtTheirEdges() {
		this.clock.setDate(LocalDate.of(2027, 1, 11));
		// Exactly 5 % of sales on R&D and registered exactly one year: the conditions
		// hold (no call is open then, which is the next check).
		Map<String, Object> edge = HighTechFixtures.form();
		edge.put("finances", "2026|4000|200;2025|3000|150;2024|3000|150");
		edge.put("registeredOn", "2026-01-11");
		long atEdge = this.hightech.draft(APPLICANT, edge);
		assertThatThrownBy(() -> this.users.run(APPLICANT, () -> this.cases.submit(atEdge)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("call.error");

		Map<String, Object> rd = HighTechFixtures.form();
		rd.put("finances", "2026|4000|199;2025|3000|150;2024|3000|150");
		assertRefused(rd, "finances", "4.99%");
		Map<String, Object> young = HighTechFixtures.form();
		young.put("registeredOn", "2026-01-12");
		assertRefused(young, "registeredOn", "2026-01-12");
		Map<String, Object> share = HighTechFixtures.form();
		share.put("highTechRevenue", "2459");
		assertRefused(share, "highTechRevenue", "59.98%");
		Map<String, Object> staff = HighTechFixtures.form();
		staff.put("scienceStaffCount", "11");
		assertRefused(staff, "scienceStaffCount", "9.17%");
		Map<String, Object> noIp = HighTechFixtures.form();
		noIp.put("ipList", "");
		long withoutIp = this.hightech.draft(APPLICANT, noIp);
		assertThatThrownBy(() -> this.users.run(APPLICANT, () -> this.cases.submit(withoutIp)))
			.isInstanceOf(DomainException.class)
			.satisfies((ex) -> assertThat(((DomainException) ex).field()).isEqualTo("ipList"));
		// A large enterprise needs 3 %: 2.9 % is refused.
		Map<String, Object> large = HighTechFixtures.form();
		large.put("finances", "2026|30000|870;2025|30000|870;2024|30000|870");
		large.put("totalIncome", "30000");
		large.put("highTechRevenue", "20000");
		assertRefused(large, "finances", "2.9%");
	}

	@Test
	void aConflictIsReplacedThenAVacancyWaitsForTheDivisionAndALateScoreIsMarked() {
		LocalDate day = LocalDate.of(2027, 8, 2);
		this.hightech.openCall(day, "2027年度高新技术企业认定(测试八月批)");
		this.clock.setDate(day);
		long id = this.hightech.submitted(APPLICANT, HighTechFixtures.form());
		this.tasks.complete("ln-enterprise", id, "formalCheck", "accept", "材料齐全", Map.of());
		PanelView panel = this.hightech.panel(id);
		List<PanelView.SeatView> technical = panel.seats()
			.stream()
			.filter((seat) -> seat.kind() == ExpertKind.TECHNICAL)
			.toList();

		// The first technical expert declares a conflict: the fourth eligible one
		// replaces them.
		PanelView.SeatView conflicted = technical.get(0);
		Assignment declared = this.users.as(conflicted.username(),
				() -> this.panels.declareConflict(conflicted.id(), "本人曾为该企业提供技术咨询"));
		assertThat(declared.state()).isEqualTo(SeatState.CONFLICT);
		PanelView replaced = this.hightech.panel(id);
		assertThat(replaced.seats()).hasSize(5);
		assertThat(replaced.vacancies()).isZero();
		PanelView.SeatView replacement = replaced.seats().get(4);
		// Each expert drawn is told by a message that leads to their assignments, with
		// the due day.
		for (PanelView.SeatView seat : replaced.seats()) {
			assertThat(messages(seat.username(), id)).anySatisfy((message) -> {
				assertThat(message.title()).isEqualTo("新的评审任务:高新技术企业认定");
				assertThat(message.body()).contains("2027-08-16");
				assertThat(message.link()).isEqualTo("expert");
			});
		}
		assertThat(replacement.drawNo()).isEqualTo(1);
		assertThat(replacement.kind()).isEqualTo(ExpertKind.TECHNICAL);
		assertThat(replacement.username()).isNotIn("expert7", conflicted.username());
		assertThat(this.views.as("ln-enterprise", id).history())
			.anyMatch((entry) -> "CONFLICT_DECLARED".equals(entry.type())
					&& entry.detail().contains(replacement.expertName()));

		// A second conflict: nobody eligible is left (expert7 is the applicant's own).
		PanelView.SeatView again = technical.get(1);
		this.users.run(again.username(), () -> this.panels.declareConflict(again.id(), "近三年与该企业有合作项目"));
		PanelView vacant = this.hightech.panel(id);
		assertThat(vacant.vacancies()).isEqualTo(1);
		assertThatThrownBy(() -> this.users.run("ln-enterprise", () -> this.panels.fillVacancies(id)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("poolTooSmall");

		// Reminded before the due day, recorded overdue after it.
		this.tasks.fireTimer(id, "scoringReminderDue");
		assertThat(this.views.as("ln-enterprise", id).history())
			.anyMatch((entry) -> "SCORING_REMINDER".equals(entry.type()));
		this.clock.setDate(LocalDate.of(2027, 8, 17));
		this.tasks.fireTimer(id, "scoringDue");
		assertThat(this.views.as("ln-enterprise", id).history())
			.anyMatch((entry) -> "SCORING_OVERDUE".equals(entry.type()));
		// The experts still to score are reminded and told it is overdue, by message;
		// those who left the panel are not.
		for (PanelView.SeatView seat : this.hightech.panel(id).seats()) {
			List<String> titles = messages(seat.username(), id).stream().map(Messages.MessageView::title).toList();
			if (seat.state() == SeatState.ASSIGNED) {
				assertThat(titles).contains("评分即将到期:高新技术企业认定", "评分已逾期:高新技术企业认定");
			}
			else {
				assertThat(titles).doesNotContain("评分即将到期:高新技术企业认定", "评分已逾期:高新技术企业认定");
			}
		}
		// The applicant is told nothing of the experts.
		assertThat(messages(APPLICANT, id)).noneMatch(
				(message) -> message.link().equals("expert") || message.body().contains(conflicted.expertName()));
		this.hightech.scoreAll(id, HighTechFixtures.points(25, 25, 15, 15));
		PanelView scored = this.hightech.panel(id);
		assertThat(scored.seats()).filteredOn((seat) -> seat.state() == SeatState.SCORED)
			.allMatch(PanelView.SeatView::late);
		assertThat(scored.complete()).isFalse();
		assertThat(this.views.as(APPLICANT, id).step()).isEqualTo("scoring");

		// The division adds an expert; the vacancy is drawn and the panel completes.
		ExpertView added = this.users.as("ln-enterprise",
				() -> this.experts.add(new NewExpert("expert-hta", "Panel-Expert-2027!", "吴海峰", "沈阳工业大学",
						CreditCode.withCheck("12210000MB0000077"), Set.of(Discipline.ELECTRONIC_INFORMATION),
						ExpertKind.TECHNICAL, "024-25490000")));
		// The staff chose its first password: the expert must choose its own.
		assertThat(this.accounts.find("expert-hta").orElseThrow().passwordChangeRequired()).isTrue();
		try {
			PanelView filled = this.users.as("ln-enterprise", () -> this.panels.fillVacancies(id));
			assertThat(filled.vacancies()).isZero();
			assertThat(messages("expert-hta", id)).extracting(Messages.MessageView::title)
				.containsExactly("新的评审任务:高新技术企业认定");
			this.hightech.scoreAll(id, HighTechFixtures.points(25, 25, 15, 15));
			assertThat(this.views.as(APPLICANT, id).step()).isEqualTo("proposal");
		}
		finally {
			this.users.run("ln-enterprise", () -> this.experts.activate(added.id(), false));
		}
	}

	@Test
	void anUpheldObjectionGoesBackToTheProposalWhichHasAFreshPanelDrawn() {
		LocalDate day = LocalDate.of(2027, 9, 6);
		this.hightech.openCall(day, "2027年度高新技术企业认定(测试九月批)");
		this.clock.setDate(day);
		long id = this.hightech.submitted(APPLICANT, HighTechFixtures.form());
		this.tasks.complete("ln-enterprise", id, "formalCheck", "accept", "材料齐全", Map.of());
		this.hightech.scoreAll(id, HighTechFixtures.points(25, 25, 15, 15));
		this.tasks.complete("ln-enterprise", id, "proposal", "propose", "拟认定", Map.of());
		this.clock.setDate(LocalDate.of(2027, 9, 7));
		PublicNoticeView notice = this.notices
			.running("liaoning", org.springframework.data.domain.PageRequest.of(0, 100), Locale.ROOT)
			.getContent()
			.stream()
			.filter((running) -> running.endsOn().equals(LocalDate.of(2027, 9, 20)))
			.findFirst()
			.orElseThrow();
		long objection = this.notices.object(notice.id(), "王五", "wangwu@example.cn", "高新技术产品收入含非高新产品收入");
		this.clock.setDate(LocalDate.of(2027, 9, 21));
		this.tasks.fireTimer(id, "publicNotice");
		this.users.run("ln-enterprise", () -> this.notices.handle(objection, true, "经核查,部分收入不属于高新技术产品收入,异议成立"));
		this.tasks.complete("ln-enterprise", id, "objectionHandling", "done", "异议成立,重新审核", Map.of());
		assertThat(this.views.as(APPLICANT, id).step()).isEqualTo("proposal");
		assertThat(this.views.as(APPLICANT, id).status()).isEqualTo(CaseStatus.ACCEPTED);
		// Upheld: nothing is proposed again without a fresh review.
		assertThatThrownBy(() -> this.tasks.complete("ln-enterprise", id, "proposal", "propose", "再次公示", Map.of()))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("notPassed");

		this.tasks.completeMine("ln-enterprise", id, "proposal", "redraw", "收入构成需重新评审",
				Map.of("redrawReason", "异议成立,请专家重新评价"));
		PanelView second = this.hightech.panel(id);
		assertThat(second.round()).isEqualTo(2);
		assertThat(second.seats()).allMatch((seat) -> seat.state() == SeatState.ASSIGNED);
		this.hightech.scoreAll(id, HighTechFixtures.points(15, 20, 15, 15));
		this.tasks.complete("ln-enterprise", id, "proposal", "notRecognise", "重新评审未通过",
				Map.of("notRecognisedReasons", "重新评审后创新能力评价未超过70分"));
		CaseView failed = this.views.as(APPLICANT, id);
		assertThat(failed.status()).isEqualTo(CaseStatus.NOT_RECOGNISED);
		assertThat(failed.notices().get(failed.notices().size() - 1).body()).contains("65.00");
	}

	@Test
	void withdrawnWhileThePanelScoresClosesTheExpertsSeats() {
		LocalDate day = LocalDate.of(2027, 10, 11);
		this.hightech.openCall(day, "2027年度高新技术企业认定(测试十月批)");
		this.clock.setDate(day);
		long id = this.hightech.submitted(APPLICANT, HighTechFixtures.form());
		this.tasks.complete("ln-enterprise", id, "formalCheck", "accept", "材料齐全", Map.of());
		PanelView.SeatView seat = this.hightech.panel(id).seats().get(0);
		this.users.run(APPLICANT, () -> this.cases.withdraw(id, "经营调整,暂不申报"));
		assertThat(this.views.as(APPLICANT, id).status()).isEqualTo(CaseStatus.WITHDRAWN);
		assertThat(this.hightech.panel(id).seats()).allMatch((open) -> open.state() == SeatState.CLOSED);
		// Nobody more is drawn for it.
		assertThatThrownBy(() -> this.users.run("ln-enterprise", () -> this.panels.fillVacancies(id)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("notOpen");
		assertThat(this.users.as(seat.username(),
				() -> this.panels.assignments(PageRequest.of(0, 50), Locale.ROOT).getContent()))
			.noneMatch((assignment) -> assignment.id() == seat.id());
		assertThatThrownBy(() -> this.users.run(seat.username(),
				() -> this.panels.score(seat.id(), HighTechFixtures.points(25, 25, 15, 15), "迟到")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("notOpen");
	}

	private List<Messages.MessageView> messages(String user, long caseId) {
		return this.users.as(user, () -> this.messages.mine(PageRequest.of(0, 100), Locale.SIMPLIFIED_CHINESE))
			.stream()
			.filter((message) -> message.caseId() == caseId)
			.toList();
	}

	private void assertRefused(Map<String, Object> form, String field, String figure) {
		long id = this.hightech.draft(APPLICANT, form);
		assertThatThrownBy(() -> this.users.run(APPLICANT, () -> this.cases.submit(id)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("hightech.error.conditions")
			.satisfies((ex) -> assertThat(((DomainException) ex).field()).isEqualTo(field))
			.satisfies(
					(ex) -> assertThat(java.util.Arrays.toString(((DomainException) ex).arguments())).contains(figure));
		assertThat(this.views.as(APPLICANT, id).status()).isEqualTo(CaseStatus.DRAFT);
	}

}
