package org.kjt.approvals.awards;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.evaluation.CertificateView;
import org.kjt.approvals.evaluation.Certificates;
import org.kjt.approvals.evaluation.EvaluationFixtures;
import org.kjt.approvals.evaluation.PanelView;
import org.kjt.approvals.evaluation.Panels;
import org.kjt.approvals.evaluation.PublicNoticeView;
import org.kjt.approvals.evaluation.PublicNotices;
import org.kjt.approvals.evaluation.SeatState;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Walks every path of processes/science-award.bpmn20.xml: nomination rules, the
 * nomination's notice (objection upheld: back to the formal check), the discipline
 * panel's trimmed mean at the mark, the committee's quorum and majority, the proposed
 * award's notice with an objection rejected, the government's approval recorded with its
 * document number and the certificate, or no award. Calls of this class are in 2033.
 */
@ApprovalsTest
class ScienceAwardProcessTests {

	@Autowired
	Cases cases;

	@Autowired
	EvaluationFixtures evaluation;

	@Autowired
	Panels panels;

	@Autowired
	PublicNotices notices;

	@Autowired
	Certificates certificates;

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

	static Map<String, Object> progress() {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("awardCategory", "SCIENCE_PROGRESS");
		form.put("achievementTitle", "工业互联网安全态势感知关键技术及应用");
		form.put("discipline", "INFORMATION_SCIENCES");
		form.put("nominatorType", "ORGANISATION");
		form.put("nominees", "刘强|沈阳示例实验动物中心有限公司|总体设计;陈静|东北大学|核心算法");
		form.put("summary", "提出多源异构数据融合的态势感知方法,在省内30余家企业应用");
		return form;
	}

	@Test
	void liaoningAwardsAProgressAwardAfterPanelVoteNoticesAndTheGovernmentsApproval() {
		LocalDate day = LocalDate.of(2033, 3, 7);
		openCall("ln-awards", day, "2033年度辽宁省科学技术奖(测试批)");
		this.clock.setDate(day);
		long id = submitted("applicant2", "liaoning", progress());
		assertThat(this.views.as("applicant2", id).division()).isEqualTo("ln.transfer-awards");
		this.tasks.complete("ln-awards", id, "formalCheck", "accept", "提名材料齐全", Map.of());
		CaseView published = this.views.as("applicant2", id);
		assertThat(published.status()).isEqualTo(CaseStatus.PUBLIC_NOTICE);
		assertThat(published.step()).isEqualTo("nominationNotice");
		this.clock.setDate(LocalDate.of(2033, 3, 8));
		assertThat(notice("liaoning", LocalDate.of(2033, 3, 21)).proposal()).contains("提名公示", "科学技术进步奖", "刘强、陈静");

		// No objection to the nomination: on to the discipline panel of five.
		this.clock.setDate(LocalDate.of(2033, 3, 21));
		this.tasks.fireTimer(id, "nominationNotice");
		PanelView panel = panel(id);
		assertThat(panel.seats()).hasSize(5).allMatch((seat) -> seat.username().startsWith("ln-judge"));
		// 95, 80, 75, 75, 40: the highest and the lowest set aside, 76.67.
		int[][] points = { { 30, 30, 25, 10 }, { 25, 25, 20, 10 }, { 25, 20, 20, 10 }, { 25, 20, 20, 10 },
				{ 10, 10, 10, 10 } };
		for (int i = 0; i < 5; i++) {
			PanelView.SeatView seat = panel.seats().get(i);
			Map<String, Integer> given = Map.of("innovation", points[i][0], "level", points[i][1], "impact",
					points[i][2], "contribution", points[i][3]);
			this.users.run(seat.username(), () -> this.panels.score(seat.id(), given, "评审意见"));
		}
		assertThat(panel(id).score()).isEqualByComparingTo("76.67");
		assertThat(this.views.as("applicant2", id).step()).isEqualTo("committeeVote");

		// 13 of 21 members is no quorum (14): refused, nothing recorded.
		assertThatThrownBy(() -> vote(id, 10, 2, 1, "FIRST")).isInstanceOf(DomainException.class)
			.hasMessageContaining("noQuorum");
		assertThatThrownBy(() -> voteMine(id, 12, 2, 1, "NONE")).isInstanceOf(DomainException.class)
			.hasMessageContaining("gradeNeeded");
		// Above the mark it goes to the vote: it cannot be kept from the committee.
		assertThatThrownBy(() -> this.tasks.completeMine("ln-awards", id, "committeeVote", "notSubmitted", "不提交",
				Map.of("notSubmittedReasons", "不提交")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("passedMustVote");
		// 11 of 15 voting is two thirds: carried.
		voteMine(id, 11, 3, 1, "FIRST");
		CaseView proposed = this.views.as("applicant2", id);
		assertThat(proposed.step()).isEqualTo("awardNotice");
		this.clock.setDate(LocalDate.of(2033, 3, 22));
		PublicNoticeView awardNotice = notice("liaoning", LocalDate.of(2033, 4, 4));
		assertThat(awardNotice.proposal()).contains("拟授予科学技术进步奖一等奖", "刘强、陈静");
		long objection = this.notices.object(awardNotice.id(), "林一", "13300000000", "完成人排序有争议");
		this.clock.setDate(LocalDate.of(2033, 4, 4));
		this.tasks.fireTimer(id, "awardNotice");
		this.users.run("ln-awards", () -> this.notices.handle(objection, false, "经核实,完成人排序经各单位确认,异议不成立"));
		this.tasks.complete("ln-awards", id, "awardObjections", "done", "异议不成立", Map.of());

		// The government's approval, with its document number; not a day from the future.
		assertThatThrownBy(() -> this.tasks.complete("ln-awards", id, "governmentApproval", "approved", "省政府批准",
				Map.of("approvalDocument", "辽政发〔2033〕8号", "approvalDate", "2033-04-05")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("approvalInFuture");
		this.tasks.completeMine("ln-awards", id, "governmentApproval", "approved", "省政府批准",
				Map.of("approvalDocument", "辽政发〔2033〕8号", "approvalDate", "2033-04-04"));
		CaseView awarded = this.views.as("applicant2", id);
		assertThat(awarded.status()).isEqualTo(CaseStatus.AWARDED);
		CertificateView certificate = this.certificates.ofCase(id).orElseThrow();
		assertThat(certificate.number()).matches("KJJ203321\\d{4}");
		assertThat(certificate.title()).isEqualTo("2033年度科学技术进步奖一等奖");
		assertThat(certificate.validUntil()).isNull();
		CaseView.NoticeView decision = awarded.notices().get(awarded.notices().size() - 1);
		assertThat(decision.type()).isEqualTo("AWARD_DECISION");
		assertThat(decision.body()).contains("辽政发〔2033〕8号", "2033-04-04", certificate.number());
	}

	@Test
	void aVoteWithoutTheMajorityAndAPanelBelowTheMarkGiveNoAward() {
		LocalDate day = LocalDate.of(2033, 5, 2);
		openCall("ln-awards", day, "2033年度辽宁省科学技术奖(测试五月批)");
		this.clock.setDate(day);
		long lost = submitted("applicant2", "liaoning", progress());
		long below = submitted("applicant2", "liaoning", progress());
		for (long id : List.of(lost, below)) {
			this.tasks.complete("ln-awards", id, "formalCheck", "accept", "提名材料齐全", Map.of());
		}
		this.clock.setDate(LocalDate.of(2033, 5, 16));
		this.tasks.fireTimer(lost, "nominationNotice");
		this.tasks.fireTimer(below, "nominationNotice");
		scoreAll(lost, Map.of("innovation", 25, "level", 25, "impact", 20, "contribution", 10));
		// 10 of 15 voting is short of two thirds (11).
		vote(lost, 10, 4, 1, "SECOND");
		CaseView notAwarded = this.views.as("applicant2", lost);
		assertThat(notAwarded.status()).isEqualTo(CaseStatus.NOT_AWARDED);
		assertThat(notAwarded.notices().get(notAwarded.notices().size() - 1).body()).contains("10/4/1", "规定多数");

		// 74 from everyone: below the mark of 75; not put to the vote, with reasons.
		scoreAll(below, Map.of("innovation", 22, "level", 22, "impact", 20, "contribution", 10));
		assertThatThrownBy(() -> vote(below, 15, 0, 0, "THIRD")).isInstanceOf(DomainException.class)
			.hasMessageContaining("notPassed");
		this.tasks.completeMine("ln-awards", below, "committeeVote", "notSubmitted", "未达推荐线",
				Map.of("notSubmittedReasons", "学科评审组评审未达到推荐线,不提交表决"));
		CaseView belowMark = this.views.as("applicant2", below);
		assertThat(belowMark.status()).isEqualTo(CaseStatus.NOT_AWARDED);
		assertThat(belowMark.notices().get(belowMark.notices().size() - 1).body()).contains("74.00", "推荐线");
	}

	@Test
	void anUpheldObjectionToTheNominationSendsItBackToTheFormalCheck() {
		LocalDate day = LocalDate.of(2033, 6, 6);
		openCall("ln-awards", day, "2033年度辽宁省科学技术奖(测试六月批)");
		this.clock.setDate(day);
		long id = submitted("applicant2", "liaoning", progress());
		this.tasks.complete("ln-awards", id, "formalCheck", "accept", "提名材料齐全", Map.of());
		this.clock.setDate(LocalDate.of(2033, 6, 7));
		PublicNoticeView nomination = notice("liaoning", LocalDate.of(2033, 6, 20));
		long objection = this.notices.object(nomination.id(), "马二", "mar@example.cn", "该成果已获国家科技奖励");
		this.clock.setDate(LocalDate.of(2033, 6, 20));
		this.tasks.fireTimer(id, "nominationNotice");
		this.users.run("ln-awards", () -> this.notices.handle(objection, true, "经核实,该成果已获国家奖励,不得重复申报"));
		this.tasks.complete("ln-awards", id, "nominationObjections", "done", "异议成立", Map.of());
		assertThat(this.views.as("applicant2", id).step()).isEqualTo("formalCheck");
		this.tasks.complete("ln-awards", id, "formalCheck", "reject", "重复申报",
				Map.of("rejectReasons", "该成果已获国家科学技术奖励,不得重复提名"));
		CaseView rejected = this.views.as("applicant2", id);
		assertThat(rejected.status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
		assertThat(rejected.notices().get(rejected.notices().size() - 1).body()).contains("不得重复提名", "行政复议");
	}

	@Test
	void theFriendshipAwardIsForAForeignExpertAndJilinRecordsAGovernmentThatDidNotApprove() {
		LocalDate day = LocalDate.of(2033, 9, 5);
		openCall("jl-planning", day, "2033年度吉林省政府友谊奖(测试批)");
		this.clock.setDate(day);
		Map<String, Object> friendship = new LinkedHashMap<>();
		friendship.put("awardCategory", "FRIENDSHIP");
		friendship.put("achievementTitle", "长期支持吉林光电子领域人才培养");
		friendship.put("discipline", "INFORMATION_SCIENCES");
		friendship.put("nominatorType", "EXPERTS");
		friendship.put("expertNominators", "王一|研究员;李二|教授");
		friendship.put("nominees", "John Smith|吉林大学|联合培养研究生20名");
		friendship.put("nomineeNationality", "中国");
		friendship.put("summary", "十年来在吉林工作,促成国际合作项目5项");
		long refused = draft("applicant", "jilin", friendship);
		assertThatThrownBy(() -> this.users.run("applicant", () -> this.cases.submit(refused)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("award.error.nomination")
			.satisfies((ex) -> assertThat(java.util.Arrays.toString(((DomainException) ex).arguments()))
				.contains("3名以上提名专家", "外国专家"));
		// The transfer contribution award is Jilin's; Liaoning has none.
		Map<String, Object> transfer = new LinkedHashMap<>(friendship);
		transfer.put("awardCategory", "TRANSFER_CONTRIBUTION");
		long elsewhere = draft("applicant2", "liaoning", transfer);
		assertThatThrownBy(() -> this.users.run("applicant2", () -> this.cases.submit(elsewhere)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("categoryNotOffered");

		friendship.put("expertNominators", "王一|研究员;李二|教授;赵三|研究员");
		friendship.put("nomineeNationality", "英国");
		long id = submitted("applicant", "jilin", friendship);
		assertThat(this.views.as("applicant", id).division()).isEqualTo("jl.planning");
		this.tasks.complete("jl-planning", id, "formalCheck", "accept", "提名材料齐全", Map.of());
		this.clock.setDate(LocalDate.of(2033, 9, 19));
		this.tasks.fireTimer(id, "nominationNotice");
		assertThat(panel(id, "jl-planning").seats()).allMatch((seat) -> seat.username().startsWith("jl-judge"));
		scoreAll(id, "jl-planning", Map.of("innovation", 25, "level", 25, "impact", 20, "contribution", 12));
		assertThatThrownBy(() -> vote(id, "jl-planning", 15, 0, 0, "FIRST")).isInstanceOf(DomainException.class)
			.hasMessageContaining("noGrade");
		voteMine(id, "jl-planning", 15, 0, 0, "NONE");
		this.clock.setDate(LocalDate.of(2033, 10, 3));
		this.tasks.fireTimer(id, "awardNotice");
		this.tasks.complete("jl-planning", id, "governmentApproval", "notApproved", "未获批准",
				Map.of("notApprovedReasons", "省人民政府常务会议决定本年度友谊奖名额调整,暂不授奖"));
		CaseView notApproved = this.views.as("applicant", id);
		assertThat(notApproved.status()).isEqualTo(CaseStatus.NOT_AWARDED);
		assertThat(notApproved.notices().get(notApproved.notices().size() - 1).body()).contains("名额调整");
		assertThat(this.certificates.ofCase(id)).isEmpty();
	}

	private void vote(long id, int votesFor, int against, int abstain, String grade) {
		vote(id, "ln-awards", votesFor, against, abstain, grade);
	}

	private void vote(long id, String staff, int votesFor, int against, int abstain, String grade) {
		this.tasks.complete(staff, id, "committeeVote", "vote", "奖励委员会表决", Map.of("votesFor", String.valueOf(votesFor),
				"votesAgainst", String.valueOf(against), "votesAbstain", String.valueOf(abstain), "awardGrade", grade));
	}

	private void voteMine(long id, int votesFor, int against, int abstain, String grade) {
		voteMine(id, "ln-awards", votesFor, against, abstain, grade);
	}

	private void voteMine(long id, String staff, int votesFor, int against, int abstain, String grade) {
		this.tasks.completeMine(staff, id, "committeeVote", "vote", "奖励委员会表决",
				Map.of("votesFor", String.valueOf(votesFor), "votesAgainst", String.valueOf(against), "votesAbstain",
						String.valueOf(abstain), "awardGrade", grade));
	}

	private void openCall(String staff, LocalDate from, String title) {
		this.evaluation.openCall(staff, AwardRules.ITEM, from, title);
	}

	private long draft(String applicant, String department, Map<String, Object> form) {
		return this.evaluation.draft(applicant, department, AwardRules.ITEM, form);
	}

	private long submitted(String applicant, String department, Map<String, Object> form) {
		return this.evaluation.submitted(applicant, department, AwardRules.ITEM, form);
	}

	private PanelView panel(long id) {
		return panel(id, "ln-awards");
	}

	private PanelView panel(long id, String staff) {
		return this.evaluation.panel(staff, id);
	}

	private void scoreAll(long id, Map<String, Integer> points) {
		scoreAll(id, "ln-awards", points);
	}

	private void scoreAll(long id, String staff, Map<String, Integer> points) {
		this.evaluation.scoreAll(staff, id, points, "评审意见");
	}

	private PublicNoticeView notice(String department, LocalDate endsOn) {
		return this.evaluation.notice(department, endsOn);
	}

}
