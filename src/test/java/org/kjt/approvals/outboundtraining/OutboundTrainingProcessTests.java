package org.kjt.approvals.outboundtraining;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.cases.CaseHistoryType;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.inbox.InboxItem;
import org.kjt.approvals.inbox.Workbench;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.PreviousRelease;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Walks every path of processes/outbound-training.bpmn20.xml in both departments, with
 * the sign-off decided by processes/outbound-training-signoff.dmn.
 */
@ApprovalsTest
class OutboundTrainingProcessTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 2);

	@Autowired
	Cases cases;

	@Autowired
	OutboundTrainings trainings;

	@Autowired
	Tasks tasks;

	@Autowired
	OutboundFixtures outbound;

	@Autowired
	Workbench workbench;

	@Autowired
	Users users;

	@Autowired
	CaseViews views;

	@Autowired
	MutableClock clock;

	@Autowired
	ManagementService managementService;

	@Autowired
	PreviousRelease previous;

	@Autowired
	RuntimeService runtimeService;

	@BeforeEach
	void day() {
		this.clock.setDate(DAY);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	static Map<String, Object> general() {
		return OutboundFixtures.general();
	}

	static Map<String, Object> key() {
		return OutboundFixtures.key();
	}

	@Test
	void jilinGeneralProjectIsFiledWithoutAnyTaskThenPublicityAndReport() {
		long id = submitted("applicant", "jilin", general());
		CaseView filed = this.views.as("applicant", id);
		assertThat(filed.status()).isEqualTo(CaseStatus.FILED);
		assertThat(filed.step()).isEqualTo("publicity");
		assertThat(filed.notices()).extracting(CaseView.NoticeView::type).containsExactly("FILING");
		assertThat(filed.notices().get(0).number()).matches("吉科审备字〔2026〕第\\d{4}号");
		assertThat(filed.history()).extracting(CaseView.HistoryEntry::detail)
			.anyMatch((d) -> d != null && d.startsWith("备案,无需审批"));
		for (String staff : List.of("jl-intl", "jl-intl-head", "jl-approval", "jl-leader")) {
			assertThat(queue(staff, id)).isEmpty();
		}

		// Published 11-02 to 11-05 (4 working days): refused with the reason, asked
		// again.
		this.clock.setDate(LocalDate.of(2026, 11, 9));
		this.users.run("applicant", () -> this.trainings.confirmPublicity(id, "2026-11-02", "2026-11-05"));
		CaseView refused = this.views.as("applicant", id);
		assertThat(refused.step()).isEqualTo("publicity");
		assertThat(refused.history()).filteredOn((entry) -> "PUBLICITY_REFUSED".equals(entry.type()))
			.extracting(CaseView.HistoryEntry::detail)
			.containsExactly("公示期 2026-11-02 至 2026-11-05 为 4 个工作日,不足 5 个工作日");
		assertThatThrownBy(() -> this.users.run("applicant",
				() -> this.trainings.confirmPublicity(id, "2026-11-02", "2026-11-20")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("publicityNotOver");
		this.users.run("applicant", () -> this.trainings.confirmPublicity(id, "2026-11-02", "2026-11-06"));
		// Published: the trip waits for departure, the report opens on return.
		assertThat(this.views.as("applicant", id).step()).isEqualTo("travel");

		assertThatThrownBy(() -> report("applicant", id)).isInstanceOf(DomainException.class)
			.hasMessageContaining("notReturned");
		this.clock.setDate(LocalDate.of(2026, 12, 21));
		runTimer(id, "tripReturned");
		assertThat(this.views.as("applicant", id).step()).isEqualTo("report");
		// Back on 12-11: passports cannot have been handed back earlier, nor tomorrow.
		assertThatThrownBy(() -> report("applicant", id, "2026-12-10")).isInstanceOf(DomainException.class)
			.hasMessageContaining("passportsBeforeReturn");
		assertThatThrownBy(() -> report("applicant", id, "2026-12-22")).isInstanceOf(DomainException.class)
			.hasMessageContaining("futureDate");
		assertThat(this.views.as("applicant", id).step()).isEqualTo("report");
		report("applicant", id, "2026-12-18");
		CaseView closed = this.views.as("applicant", id);
		assertThat(closed.step()).isNull();
		assertThat(closed.status()).isEqualTo(CaseStatus.FILED);
		assertThat(closed.history()).extracting(CaseView.HistoryEntry::type).contains("REPORT_FILED", "CLOSED");
		// On time, passports within 7 days: nothing to remark.
		assertThat(closed.history()).filteredOn((entry) -> "CLOSED".equals(entry.type()))
			.extracting(CaseView.HistoryEntry::detail)
			.containsOnlyNulls();
		assertThat(closed.clock().overdue()).isFalse();
	}

	@Test
	void liaoningGeneralProjectIsCheckedReturnedRevisedAndFiled() {
		long id = submitted("applicant", "liaoning", general());
		assertThat(this.views.as("applicant", id).step()).isEqualTo("completenessCheck");
		assertThat(this.views.as("applicant", id).division()).isEqualTo("ln.foreign-experts");
		complete("ln-expert", id, "completenessCheck", "return", "邀请函缺译文", Map.of("returnReasons", "请补充邀请函中文译文"));
		CaseView returned = this.views.as("applicant", id);
		assertThat(returned.status()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);
		assertThat(returned.step()).isEqualTo("revise");
		assertThat(returned.notices().get(0).body()).contains("请补充邀请函中文译文");
		// A revision is checked as at submission: a malformed participant is refused, a
		// group of seven (over the temporary-trip limit, not a training rule) only noted.
		assertThatThrownBy(() -> this.users.run("applicant",
				() -> this.trainings.revise(id, Map.of("participants", "张三|研究员|省科学院"))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("outbound.error.participant");
		String seven = "张三|研究员|省科学院|45;" + "李四|副研究员|省科学院|38;王五|工程师|省科学院|30;赵六|教授|辽宁大学|50;孙七|讲师|辽宁大学|33;"
				+ "周八|讲师|辽宁大学|34;吴九|讲师|辽宁大学|35";
		this.users.run("applicant", () -> this.trainings.revise(id, Map.of("participants", seven)));
		assertThat(this.views.as("ln-expert", id).form().get("advisories").toString()).contains("团组 7 人", "仅供参考");
		complete("ln-expert", id, "completenessCheck", "return", "人员名单待定", Map.of("returnReasons", "请确认团组名单"));
		this.users.run("applicant", () -> this.trainings.revise(id, Map.of("invitation", "邀请函及中文译文")));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("completenessCheck");
		complete("ln-expert", id, "completenessCheck", "file", "材料完整,予以备案", Map.of());
		CaseView filed = this.views.as("applicant", id);
		assertThat(filed.status()).isEqualTo(CaseStatus.FILED);
		assertThat(filed.notices()).extracting(CaseView.NoticeView::type)
			.containsExactly("CORRECTION", "CORRECTION", "FILING");
		assertThat(filed.form()).containsEntry("invitation", "邀请函及中文译文");
	}

	@Test
	void jilinKeyProjectOfFiveNeedsTheLeaderAndAChangeOfParticipantsGoesBack() {
		Map<String, Object> form = key();
		form.put("participants", form.get("participants") + ";孙七|讲师|吉林大学|33");
		long id = submitted("applicant2", "jilin", form);
		assertThat(this.views.as("applicant2", id).status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(this.views.as("applicant2", id).division()).isEqualTo("jl.international");
		complete("jl-intl", id, "review", "propose", "符合重点项目要求", Map.of("reviewOpinion", "agree"));
		complete("jl-intl-head", id, "signOff", "approve", "同意", Map.of());
		assertThat(this.views.as("applicant2", id).step()).isEqualTo("leaderSignOff");
		assertThat(this.views.as("applicant2", id).division()).isEqualTo("jl.leadership");
		complete("jl-leader", id, "leaderSignOff", "approve", "同意", Map.of());
		CaseView approved = this.views.as("applicant2", id);
		assertThat(approved.status()).isEqualTo(CaseStatus.AGREED);
		assertThat(approved.step()).isEqualTo("publicity");
		// An internal approval: its own series, no 受理通知书 promising a licensing
		// decision, no 准字 number.
		assertThat(approved.notices()).extracting(CaseView.NoticeView::type)
			.containsExactly("TRAINING_RECEIPT", "TRAINING_OPINION");
		CaseView.NoticeView receipt = approved.notices().get(0);
		assertThat(receipt.title()).isEqualTo("重点出国(境)培训项目收件告知");
		assertThat(receipt.body()).contains("审核意见", "不是行政许可").doesNotContain("受理通知书", "作出行政许可决定");
		CaseView.NoticeView agreed = approved.notices().get(1);
		assertThat(agreed.title()).isEqualTo("因公出国(境)培训项目审核意见");
		assertThat(agreed.number()).contains("培审字").doesNotContain("准字");
		assertThat(agreed.body()).contains("同意组织实施").doesNotContain("准予", "许可");

		// Four instead of five: checked again and back to review (now head only).
		this.users.run("applicant2",
				() -> this.trainings.changeParticipants(id, key().get("participants").toString(), null));
		assertThat(this.views.as("applicant2", id).step()).isEqualTo("review");
		complete("jl-intl", id, "review", "propose", "人员调整后符合要求", Map.of("reviewOpinion", "agree"));
		complete("jl-intl-head", id, "signOff", "approve", "同意", Map.of());
		assertThat(this.views.as("applicant2", id).step()).isEqualTo("publicity");
		this.users.run("applicant2", () -> this.trainings.withdraw(id, "行程取消"));
		assertThat(this.views.as("applicant2", id).status()).isEqualTo(CaseStatus.WITHDRAWN);
	}

	@Test
	void liaoningKeyProjectHeadOnlyThenReportRemindedOverdueAndLate() {
		long id = submitted("applicant", "liaoning", key());
		complete("ln-expert", id, "review", "propose", "同意", Map.of("reviewOpinion", "agree"));
		complete("ln-expert-head", id, "signOff", "approve", "同意", Map.of());
		assertThat(this.views.as("applicant", id).status()).isEqualTo(CaseStatus.AGREED);
		this.clock.setDate(LocalDate.of(2026, 11, 30));
		this.users.run("applicant", () -> this.trainings.confirmPublicity(id, "2026-11-20", "2026-11-26"));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("travel");
		runTimer(id, "tripReturned");
		assertThat(this.views.as("applicant", id).step()).isEqualTo("report");

		// Returned 12-20: due 2027-01-20; the reminder 5 working days before, then
		// overdue.
		runTimer(id, "reportReminder");
		assertThat(this.views.as("applicant", id).history()).extracting(CaseView.HistoryEntry::type)
			.contains("REMINDER");
		runTimer(id, "reportOverdue");
		assertThat(this.views.as("applicant", id).clock().overdue()).isTrue();
		// The follow-up is the division's; the case still waits for the unit's report.
		assertThat(this.views.as("applicant", id).step()).isEqualTo("report");
		InboxItem followUp = this.users
			.as("ln-expert-head", () -> this.workbench.divisionBacklog(Workbench.Filter.NONE, PageRequest.of(0, 100)))
			.stream()
			.filter((item) -> item.caseId() == id)
			.findFirst()
			.orElseThrow();
		assertThat(followUp.step()).isEqualTo("reportFollowUp");
		assertThat(followUp.overdue()).isTrue();

		this.clock.setDate(LocalDate.of(2027, 1, 25));
		// Back on 12-20; passports on 12-28, eight days later.
		report("applicant", id, "2026-12-28");
		CaseView closed = this.views.as("applicant", id);
		assertThat(closed.step()).isNull();
		assertThat(closed.history()).filteredOn((entry) -> "CLOSED".equals(entry.type()))
			.extracting(CaseView.HistoryEntry::detail)
			.containsExactly("逾期提交回国报告(2027-01-25);护照于回国 7 日后交回");
		assertThat(queue("ln-expert", id)).isEmpty();
	}

	@Test
	void aKeyBreachNeedsAJustificationGoesToTheLeaderAndMayBeRefused() {
		Map<String, Object> form = key();
		form.put("itinerary", "JPN:2026-12-07:2026-12-22");
		assertThatThrownBy(() -> submitted("applicant", "liaoning", form)).isInstanceOf(DomainException.class)
			.hasMessageContaining("outbound.error.justification")
			.satisfies((ex) -> assertThat(((DomainException) ex).field()).isEqualTo("justification"));
		form.put("justification", "对方课程安排为16天,无法调整");
		long id = submitted("applicant", "liaoning", form);
		assertThat(this.views.as("ln-expert", id).form().get("breaches").toString()).contains("16 天");
		complete("ln-expert", id, "review", "propose", "期限不符合要求",
				Map.of("reviewOpinion", "disagree", "disagreeReasons", "培训期限不符合重点项目14/21/30/60天的规定"));
		complete("ln-expert-head", id, "signOff", "approve", "同意不予同意", Map.of());
		CaseView refused = this.views.as("applicant", id);
		assertThat(refused.status()).isEqualTo(CaseStatus.NOT_AGREED);
		CaseView.NoticeView opinion = refused.notices().get(refused.notices().size() - 1);
		assertThat(opinion.type()).isEqualTo("TRAINING_OPINION");
		assertThat(opinion.title()).isEqualTo("因公出国(境)培训项目审核意见(不同意)");
		// An internal sign-off, not a licence refusal: no reconsideration or litigation
		// notice.
		assertThat(opinion.body()).contains("14/21/30/60", "不同意组织实施").doesNotContain("行政复议", "行政许可");

		// A general project is never refused on a rule: in Jilin it is filed, whatever
		// it exceeds, with the temporary-trip limits as notes only.
		Map<String, Object> tooLong = general();
		tooLong.put("itinerary", "DEU:2026-12-07:2026-12-12;FRA:2026-12-13:2026-12-15;ITA:2026-12-16:2026-12-18;"
				+ "ESP:2026-12-19:2026-12-20");
		tooLong.put("budgetCny", "9000000");
		long filed = submitted("applicant", "jilin", tooLong);
		CaseView view = this.views.as("applicant", filed);
		assertThat(view.status()).isEqualTo(CaseStatus.FILED);
		assertThat(view.form().get("breaches")).isEqualTo("");
		assertThat(view.form().get("advisories").toString()).contains("出访国家 4 个", "在外 14 天", "不影响备案");
	}

	@Test
	void keyProjectSentBackByTheLeaderAndReturnedByTheReviewer() {
		Map<String, Object> form = key();
		form.put("budgetCny", "320000");
		form.put("justification", "含国际旅费,日均经费超标");
		long id = submitted("applicant", "liaoning", form);
		complete("ln-expert", id, "review", "propose", "同意", Map.of("reviewOpinion", "agree"));
		complete("ln-expert-head", id, "signOff", "approve", "同意", Map.of());
		complete("ln-leader", id, "leaderSignOff", "sendBack", "经费偏高,请复核", Map.of());
		assertThat(this.views.as("applicant", id).step()).isEqualTo("review");
		complete("ln-expert", id, "review", "return", "请压减经费", Map.of("returnReasons", "人均每日经费偏高,请压减"));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("revise");
		this.users.run("applicant", () -> this.trainings.revise(id, Map.of("budgetCny", "120000")));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("review");
		assertThat(this.views.as("applicant", id).status()).isEqualTo(CaseStatus.ACCEPTED);
	}

	/**
	 * Trips started on the previous release's process (whose gateways read
	 * {@code proposal}) are signed off to the end with today's opinion fields.
	 */
	@Test
	void tripsStartedOnThePreviousReleaseAreSignedOffToTheEnd() {
		long agreed = this.previous.startedOn("outbound-training.bpmn20.xml",
				() -> submitted("applicant", "liaoning", key()));
		long refused = this.previous.startedOn("outbound-training.bpmn20.xml",
				() -> submitted("applicant", "liaoning", key()));
		complete("ln-expert", agreed, "review", "propose", "同意", Map.of("reviewOpinion", "agree"));
		complete("ln-expert-head", agreed, "signOff", "approve", "同意", Map.of());
		assertThat(this.views.as("applicant", agreed).status()).isEqualTo(CaseStatus.AGREED);
		assertThat(this.views.as("applicant", agreed).step()).isEqualTo("publicity");
		complete("ln-expert", refused, "review", "propose", "不同意",
				Map.of("reviewOpinion", "disagree", "disagreeReasons", "邀请机构资质不明"));
		complete("ln-expert-head", refused, "signOff", "approve", "同意", Map.of());
		CaseView notAgreed = this.views.as("applicant", refused);
		assertThat(notAgreed.status()).isEqualTo(CaseStatus.NOT_AGREED);
		assertThat(notAgreed.notices().get(notAgreed.notices().size() - 1).body()).contains("邀请机构资质不明");
		// A case started now runs on the current version.
		long current = submitted("applicant", "liaoning", key());
		assertThat(this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(current))
			.singleResult()
			.getProcessDefinitionId())
			.isNotEqualTo(this.runtimeService.createProcessInstanceQuery()
				.processInstanceBusinessKey(String.valueOf(agreed))
				.singleResult()
				.getProcessDefinitionId());
	}

	@Test
	void theUnitCannotCompleteStaffSteps() {
		long id = submitted("applicant", "liaoning", key());
		assertThat(this.views.as("applicant", id).step()).isEqualTo("review");
		assertThatThrownBy(() -> this.users.run("applicant",
				() -> this.cases.completeApplicantStep(id, "review", CaseHistoryType.REVISED, (String) null,
						Map.of("outcome", "propose"))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("case.error.stepNotPending");
		assertThatThrownBy(() -> this.users.run("applicant",
				() -> this.cases.reviseAtStep(id, "review", Map.of("budgetCny", "1000"), Map.of())))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("case.error.stepNotPending");
		assertThat(this.views.as("applicant", id).step()).isEqualTo("review");
		assertThat(this.views.as("applicant", id).form()).containsEntry("budgetCny", "140000");
	}

	@Test
	void theLeaderMayRefuseWithReasons() {
		Map<String, Object> form = key();
		form.put("budgetCny", "320000");
		form.put("justification", "含国际旅费,日均经费超标");
		long id = submitted("applicant", "liaoning", form);
		complete("ln-expert", id, "review", "propose", "同意", Map.of("reviewOpinion", "agree"));
		complete("ln-expert-head", id, "signOff", "approve", "同意", Map.of());
		String task = this.tasks.claim("ln-leader", id, "leaderSignOff");
		assertThatThrownBy(
				() -> this.users.run("ln-leader", () -> this.workbench.complete(task, "refuse", "不同意", Map.of())))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("disagreeReasons");
		assertThat(this.views.as("applicant", id).step()).isEqualTo("leaderSignOff");
		this.users.run("ln-leader",
				() -> this.workbench.complete(task, "refuse", "不同意", Map.of("disagreeReasons", "经费超标,且无特殊理由")));
		CaseView refused = this.views.as("applicant", id);
		assertThat(refused.status()).isEqualTo(CaseStatus.NOT_AGREED);
		assertThat(refused.step()).isNull();
		assertThat(refused.notices().get(refused.notices().size() - 1).body()).contains("经费超标,且无特殊理由");
	}

	/**
	 * Published, the trip waits for departure: until the departure day the group may
	 * still change (checked again, back through sign-off) or withdraw; from that day on,
	 * neither.
	 */
	@Test
	void aPublishedTripMayChangeOrWithdrawUntilDeparture() {
		long changed = submitted("applicant", "liaoning", key());
		complete("ln-expert", changed, "review", "propose", "同意", Map.of("reviewOpinion", "agree"));
		complete("ln-expert-head", changed, "signOff", "approve", "同意", Map.of());
		this.clock.setDate(LocalDate.of(2026, 11, 30));
		this.users.run("applicant", () -> this.trainings.confirmPublicity(changed, "2026-11-20", "2026-11-26"));
		assertThat(this.views.as("applicant", changed).step()).isEqualTo("travel");
		String three = "张三|研究员|省科学院|45;李四|副研究员|省科学院|38;王五|工程师|省科学院|30";
		this.users.run("applicant", () -> this.trainings.changeParticipants(changed, three, "一人因病不能成行,经费按原预算控制"));
		assertThat(this.views.as("applicant", changed).step()).isEqualTo("review");
		assertThat(this.views.as("applicant", changed).form().get("participants")).isEqualTo(three);

		long withdrawn = submitted("applicant", "liaoning", key());
		complete("ln-expert", withdrawn, "review", "propose", "同意", Map.of("reviewOpinion", "agree"));
		complete("ln-expert-head", withdrawn, "signOff", "approve", "同意", Map.of());
		this.users.run("applicant", () -> this.trainings.confirmPublicity(withdrawn, "2026-11-20", "2026-11-26"));
		// Departure 12-07: from that day on the trip is under way.
		this.clock.setDate(LocalDate.of(2026, 12, 7));
		assertThatThrownBy(() -> this.users.run("applicant", () -> this.trainings.withdraw(withdrawn, "不去了")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("outbound.error.departed");
		assertThatThrownBy(
				() -> this.users.run("applicant", () -> this.trainings.changeParticipants(withdrawn, three, "x")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("outbound.error.departed");
		this.clock.setDate(LocalDate.of(2026, 12, 4));
		this.users.run("applicant", () -> this.trainings.withdraw(withdrawn, "外方取消培训"));
		assertThat(this.views.as("applicant", withdrawn).status()).isEqualTo(CaseStatus.WITHDRAWN);
	}

	private void runTimer(long id, String element) {
		String process = this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(id))
			.singleResult()
			.getId();
		Job timer = this.managementService.createTimerJobQuery()
			.processInstanceId(process)
			.elementId(element)
			.singleResult();
		this.managementService.executeJob(this.managementService.moveTimerToExecutableJob(timer.getId()).getId());
	}

	private void report(String unit, long id) {
		report(unit, id, "2026-12-21");
	}

	private void report(String unit, long id, String passportsReturnedOn) {
		this.users.run(unit,
				() -> this.trainings.fileReport(id, "完成培训课程12门", "按计划执行", "29500", "2026-12-21", passportsReturnedOn));
	}

	long submitted(String unit, String department, Map<String, Object> form) {
		return this.outbound.submitted(unit, department, form);
	}

	void complete(String user, long caseId, String step, String outcome, String opinion, Map<String, Object> fields) {
		this.tasks.complete(user, caseId, step, outcome, opinion, fields);
	}

	List<InboxItem> queue(String user, long caseId) {
		return this.tasks.groupQueue(user, caseId);
	}

}
