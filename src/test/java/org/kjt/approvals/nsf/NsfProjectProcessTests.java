package org.kjt.approvals.nsf;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.evaluation.Calls;
import org.kjt.approvals.evaluation.PanelView;
import org.kjt.approvals.evaluation.Panels;
import org.kjt.approvals.evaluation.PublicNoticeView;
import org.kjt.approvals.evaluation.PublicNotices;
import org.kjt.approvals.evaluation.SeatState;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.TestFiles;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Walks every path of processes/nsf-project.bpmn20.xml in both departments on the real
 * database: in Liaoning the 科技人才与自然科学基金处 takes every step; in Jilin the 省自然科学基金委 takes
 * the intake, review and panel meeting, and the department's 基础研究处 head approves. The
 * fund's limits, the mark's edge, the amount, objections upheld, the send-back and a
 * fresh draw, the task book returned and accepted, the formal check's one correction and
 * its refusal. Calls of this class are in 2031.
 */
@ApprovalsTest
class NsfProjectProcessTests {

	@Autowired
	Cases cases;

	@Autowired
	NsfFixtures nsf;

	@Autowired
	Calls calls;

	@Autowired
	Panels panels;

	@Autowired
	PublicNotices notices;

	@Autowired
	NsfTaskBooks taskBooks;

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
	void liaoningFundsAfterReviewNoticeAndApprovalThenTheTaskBookIsReturnedAndAccepted() {
		LocalDate day = LocalDate.of(2031, 3, 3);
		this.nsf.openCall("ln-nsf", day, "2031年度辽宁省自然科学基金(测试三月批)");
		this.clock.setDate(day);
		long id = this.nsf.submitted("applicant2", "liaoning", NsfFixtures.form("GENERAL", "10"));
		CaseView submitted = this.views.as("applicant2", id);
		assertThat(submitted.division()).isEqualTo("ln.talent-nsf");
		assertThat(submitted.form()).containsEntry("maxAmount", "10");

		this.tasks.complete("ln-nsf", id, "formalCheck", "accept", "形式审查通过", Map.of());
		assertThat(this.views.as("applicant2", id).notices()).extracting(CaseView.NoticeView::type)
			.containsExactly("FUND_RECEIPT");
		PanelView panel = this.nsf.panel("ln-nsf", id);
		assertThat(panel.seats()).hasSize(3).allMatch((seat) -> seat.username().startsWith("ln-reviewer"));
		// Exactly 60: the mark is reached (not above it, unlike the recognition).
		this.nsf.scoreAll(id, "ln-nsf", Map.of("significance", 18, "innovation", 18, "feasibility", 15, "team", 9));
		assertThat(this.nsf.panel("ln-nsf", id).score()).isEqualByComparingTo("60");
		assertThat(this.views.as("applicant2", id).step()).isEqualTo("panelMeeting");

		// The amount: within what was asked and the kind's limit.
		assertThatThrownBy(
				() -> this.tasks.complete("ln-nsf", id, "panelMeeting", "fund", "建议资助", Map.of("fundingAmount", "12")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("fundingAboveAsked");
		assertThatThrownBy(() -> this.tasks.completeMine("ln-nsf", id, "panelMeeting", "fund", "建议资助",
				Map.of("fundingAmount", "零")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("nsf.error.amount");
		this.tasks.completeMine("ln-nsf", id, "panelMeeting", "fund", "建议资助8万元", Map.of("fundingAmount", "8"));
		CaseView onNotice = this.views.as("applicant2", id);
		assertThat(onNotice.status()).isEqualTo(CaseStatus.PUBLIC_NOTICE);
		this.clock.setDate(LocalDate.of(2031, 3, 4));
		PublicNoticeView notice = notice("liaoning", LocalDate.of(2031, 3, 10));
		assertThat(notice.proposal()).contains("面向边缘计算", "周明", "8 万元");

		// Five working days, no objection: straight to the head's approval.
		this.clock.setDate(LocalDate.of(2031, 3, 10));
		this.tasks.fireTimer(id, "publicNotice");
		assertThat(this.views.as("applicant2", id).step()).isEqualTo("fundingDecision");
		assertThat(this.tasks.groupQueue("ln-nsf", id)).isEmpty();
		this.tasks.complete("ln-nsf-head", id, "fundingDecision", "approve", "批准立项", Map.of());
		CaseView funded = this.views.as("applicant2", id);
		assertThat(funded.status()).isEqualTo(CaseStatus.FUNDED);
		assertThat(funded.step()).isEqualTo("taskBook");
		CaseView.NoticeView award = funded.notices().get(funded.notices().size() - 1);
		assertThat(award.type()).isEqualTo("FUND_AWARD");
		assertThat(award.body()).contains("资助金额 8 万元", "执行期 3 年", "2031-04-07");

		assertThatThrownBy(() -> this.users.run("applicant2", () -> this.taskBooks.submit(id, "目标", " ", "预算", "成果")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("taskBookField");
		this.users.run("applicant2",
				() -> this.taskBooks.submit(id, "提出低功耗加速方法", "第一年算法,第二年原型,第三年验证", "设备费2万元,业务费6万元", "论文3篇,专利1项"));
		this.tasks.complete("ln-nsf", id, "taskBookCheck", "return", "预算需细化", Map.of("returnReasons", "请按年度细化经费预算"));
		assertThat(this.views.as("applicant2", id).step()).isEqualTo("taskBook");
		this.users.run("applicant2",
				() -> this.taskBooks.submit(id, "提出低功耗加速方法", "第一年算法,第二年原型,第三年验证", "第一年3万元,第二年3万元,第三年2万元", "论文3篇,专利1项"));
		this.tasks.complete("ln-nsf", id, "taskBookCheck", "accept", "任务书通过", Map.of());
		CaseView closed = this.views.as("applicant2", id);
		assertThat(closed.status()).isEqualTo(CaseStatus.FUNDED);
		assertThat(closed.step()).isNull();
		assertThat(closed.notices()).extracting(CaseView.NoticeView::type)
			.containsExactly("FUND_RECEIPT", "FUND_AWARD", "TASK_BOOK_RETURNED");
		assertThat(closed.history()).filteredOn((entry) -> "TASK_BOOK_SUBMITTED".equals(entry.type())).hasSize(2);
	}

	@Test
	void inJilinTheCommitteeReviewsAndTheDepartmentApprovesAndAYouthProjectHasItsAgeLimit() {
		LocalDate day = LocalDate.of(2031, 4, 7);
		this.nsf.openCall("jl-nsf", day, "2031年度吉林省自然科学基金(测试四月批)");
		this.clock.setDate(day);
		// Youth: the PI born 1992-06-01 is 38; too old. Also too much asked.
		Map<String, Object> youth = NsfFixtures.form("YOUTH", "6");
		long tooOld = this.nsf.draft("applicant", "jilin", youth);
		assertThatThrownBy(() -> this.users.run("applicant", () -> this.cases.submit(tooOld)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("nsf.error.limits")
			.satisfies((ex) -> assertThat(((DomainException) ex).field()).isEqualTo("requestedAmount"))
			.satisfies((ex) -> assertThat(java.util.Arrays.toString(((DomainException) ex).arguments()))
				.contains("6 万元", "38 周岁"));
		assertThat(this.views.as("applicant", tooOld).status()).isEqualTo(CaseStatus.DRAFT);

		long id = this.nsf.submitted("applicant", "jilin", NsfFixtures.form("GENERAL", "10"));
		assertThat(this.views.as("applicant", id).division()).isEqualTo("jl.nsf-committee");
		assertThat(this.tasks.groupQueue("jl-approval", id)).isEmpty();
		this.tasks.complete("jl-nsf", id, "formalCheck", "accept", "形式审查通过", Map.of());
		assertThat(this.nsf.panel("jl-nsf", id).seats()).allMatch((seat) -> seat.username().startsWith("jl-reviewer"));
		this.nsf.scoreAll(id, "jl-nsf", Map.of("significance", 25, "innovation", 25, "feasibility", 20, "team", 12));
		this.tasks.complete("jl-nsf", id, "panelMeeting", "fund", "建议资助", Map.of("fundingAmount", "10"));
		this.clock.setDate(LocalDate.of(2031, 4, 14));
		this.tasks.fireTimer(id, "publicNotice");
		// The department approves the committee's result: the basic research head.
		assertThat(this.views.as("applicant", id).division()).isEqualTo("jl.basic-research");
		assertThat(this.tasks.groupQueue("jl-nsf", id)).isEmpty();
		this.tasks.complete("jl-basic-head", id, "fundingDecision", "sendBack", "请说明资助强度",
				Map.of("sendBackReason", "请会评说明资助强度的依据"));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("panelMeeting");
		assertThat(this.views.as("applicant", id).division()).isEqualTo("jl.nsf-committee");
		this.tasks.complete("jl-nsf", id, "panelMeeting", "redraw", "重新评议", Map.of("redrawReason", "补充评议资助强度"));
		assertThat(this.nsf.panel("jl-nsf", id).round()).isEqualTo(2);
		this.nsf.scoreAll(id, "jl-nsf", Map.of("significance", 25, "innovation", 25, "feasibility", 20, "team", 12));
		this.tasks.complete("jl-nsf", id, "panelMeeting", "fund", "建议资助8万元", Map.of("fundingAmount", "8"));
		this.clock.setDate(LocalDate.of(2031, 4, 21));
		this.tasks.fireTimer(id, "publicNotice");
		this.tasks.complete("jl-basic-head", id, "fundingDecision", "approve", "同意立项", Map.of());
		assertThat(this.views.as("applicant", id).status()).isEqualTo(CaseStatus.FUNDED);
	}

	@Test
	void belowTheMarkIsNotFundedAndAnUpheldObjectionGoesBackToThePanelMeeting() {
		LocalDate day = LocalDate.of(2031, 5, 5);
		this.nsf.openCall("ln-nsf", day, "2031年度辽宁省自然科学基金(测试五月批)");
		this.clock.setDate(day);
		long below = this.nsf.submitted("applicant2", "liaoning", NsfFixtures.form("GENERAL", "10"));
		long objected = this.nsf.submitted("applicant2", "liaoning", NsfFixtures.form("KEY", "30"));
		this.tasks.complete("ln-nsf", below, "formalCheck", "accept", "通过", Map.of());
		this.tasks.complete("ln-nsf", objected, "formalCheck", "accept", "通过", Map.of());

		// 60, 60, 59: a mean of 59.67, below the mark.
		List<PanelView.SeatView> seats = this.nsf.panel("ln-nsf", below).seats();
		for (int i = 0; i < seats.size(); i++) {
			PanelView.SeatView seat = seats.get(i);
			Map<String, Integer> points = Map.of("significance", 18, "innovation", 18, "feasibility", 15, "team",
					(i == 0) ? 8 : 9);
			this.users.run(seat.username(), () -> this.panels.score(seat.id(), points, "研究基础一般"));
		}
		// Below the mark: the panel meeting cannot recommend it, and finds against it.
		assertThatThrownBy(() -> this.tasks.complete("ln-nsf", below, "panelMeeting", "fund", "建议资助",
				Map.of("fundingAmount", "5")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("notPassed");
		this.tasks.completeMine("ln-nsf", below, "panelMeeting", "notFund", "未达资助线",
				Map.of("notFundedReasons", "同行评议未达到资助线"));
		CaseView notFunded = this.views.as("applicant2", below);
		assertThat(notFunded.status()).isEqualTo(CaseStatus.NOT_FUNDED);
		assertThat(notFunded.notices().get(notFunded.notices().size() - 1).body()).contains("59.67", "资助线");

		this.nsf.scoreAll(objected, "ln-nsf",
				Map.of("significance", 27, "innovation", 27, "feasibility", 22, "team", 13));
		this.tasks.complete("ln-nsf", objected, "panelMeeting", "fund", "建议资助", Map.of("fundingAmount", "30"));
		this.clock.setDate(LocalDate.of(2031, 5, 6));
		PublicNoticeView notice = notice("liaoning", LocalDate.of(2031, 5, 12));
		long objection = this.notices.object(notice.id(), "吴九", "wujiu@example.cn", "项目与负责人已承担项目内容重复");
		this.clock.setDate(LocalDate.of(2031, 5, 12));
		this.tasks.fireTimer(objected, "publicNotice");
		this.users.run("ln-nsf", () -> this.notices.handle(objection, true, "经查重,研究内容与在研项目重复度高,异议成立"));
		this.tasks.complete("ln-nsf", objected, "objectionHandling", "done", "异议成立", Map.of());
		assertThat(this.views.as("applicant2", objected).step()).isEqualTo("panelMeeting");
		this.tasks.complete("ln-nsf", objected, "panelMeeting", "notFund", "内容重复",
				Map.of("notFundedReasons", "与负责人在研项目研究内容重复"));
		CaseView refused = this.views.as("applicant2", objected);
		assertThat(refused.status()).isEqualTo(CaseStatus.NOT_FUNDED);
		assertThat(refused.notices().get(refused.notices().size() - 1).body()).contains("在研项目研究内容重复");
	}

	@Test
	void oneCorrectionNoticeThenNotAcceptedAndAWithdrawalClosesTheReviewersSeats() {
		LocalDate day = LocalDate.of(2031, 6, 2);
		this.nsf.openCall("ln-nsf", day, "2031年度辽宁省自然科学基金(测试六月批)");
		this.clock.setDate(day);
		long id = this.nsf.submitted("applicant2", "liaoning", NsfFixtures.form("GENERAL", "10"));
		this.tasks.complete("ln-nsf", id, "formalCheck", "correct", "承诺书未盖章",
				Map.of("items", Map.of("host-commitment", "依托单位承诺书未加盖公章")));
		CaseView correcting = this.views.as("applicant2", id);
		assertThat(correcting.notices().get(0).type()).isEqualTo("FUND_CORRECTION");
		assertThat(correcting.notices().get(0).body()).contains("依托单位承诺书", "未加盖公章");
		this.users.run("applicant2", () -> {
			this.cases.upload(id, "host-commitment", "commitment.pdf", TestFiles.PDF);
			this.cases.resubmit(id, "已盖章");
		});
		assertThatThrownBy(() -> this.tasks.complete("ln-nsf", id, "formalCheck", "correct", "再次补正",
				Map.of("items", Map.of("application-form", "格式"))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("correctionOnce");
		this.tasks.completeMine("ln-nsf", id, "formalCheck", "reject", "不符合申请条件",
				Map.of("rejectReasons", "依托单位不在本省注册"));
		CaseView rejected = this.views.as("applicant2", id);
		assertThat(rejected.status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
		assertThat(rejected.notices().get(1).body()).contains("依托单位不在本省注册", "行政复议");

		long withdrawn = this.nsf.submitted("applicant2", "liaoning", NsfFixtures.form("GENERAL", "10"));
		this.tasks.complete("ln-nsf", withdrawn, "formalCheck", "accept", "通过", Map.of());
		this.users.run("applicant2", () -> this.cases.withdraw(withdrawn, "负责人调离"));
		assertThat(this.views.as("applicant2", withdrawn).status()).isEqualTo(CaseStatus.WITHDRAWN);
		assertThat(this.nsf.panel("ln-nsf", withdrawn).seats()).allMatch((seat) -> seat.state() == SeatState.CLOSED);
	}

	private PublicNoticeView notice(String department, LocalDate endsOn) {
		return this.notices.running(department, org.springframework.data.domain.PageRequest.of(0, 100), Locale.ROOT)
			.getContent()
			.stream()
			.filter((running) -> running.endsOn().equals(endsOn))
			.findFirst()
			.orElseThrow();
	}

}
