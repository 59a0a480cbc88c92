package org.kjt.approvals.licensing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.cases.ClockState;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.cases.StepCompletion;
import org.kjt.approvals.inbox.InboxItem;
import org.kjt.approvals.inbox.Workbench;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.TestFiles;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Walks every path of processes/licensing.bpmn20.xml through the services the UI and API
 * use.
 */
@ApprovalsTest
class LicensingProcessTests {

	static final byte[] PDF = TestFiles.PDF;

	@Autowired
	Cases cases;

	@Autowired
	StepCompletion stepCompletion;

	@Autowired
	LicensingFixtures licensing;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Accounts accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Workbench workbench;

	@Autowired
	Licences licences;

	@Autowired
	Hearings hearings;

	@Autowired
	Users users;

	@Autowired
	CaseViews views;

	@Autowired
	Tasks tasks;

	@Autowired
	MutableClock clock;

	@Autowired
	ManagementService managementService;

	@Autowired
	RuntimeService runtimeService;

	@BeforeEach
	void acceptanceDay() {
		// 2026-09-24: 20 working days later, across the National Day holiday, is
		// 2026-10-29.
		this.clock.setDate(LocalDate.of(2026, 9, 24));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void acceptInspectProposeSignOffGrantDeliver() {
		long id = submitted("applicant", "liaoning");
		assertThat(this.views.as("applicant", id).status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(this.views.as("applicant", id).clock().intakeDeadline()).isEqualTo(LocalDate.of(2026, 10, 9));

		complete("ln-approval", id, "intake", "accept", "材料齐全,予以受理", Map.of());
		CaseView accepted = this.views.as("applicant", id);
		assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(accepted.clock().state()).isEqualTo(ClockState.RUNNING);
		assertThat(accepted.clock().deadline()).isEqualTo(LocalDate.of(2026, 10, 29));
		assertThat(accepted.notices()).extracting(CaseView.NoticeView::type).containsExactly("ACCEPTANCE");
		assertThat(accepted.notices().get(0).number()).matches("辽科审受字〔2026〕第\\d{4}号");
		assertThat(accepted.step()).isEqualTo("review");
		assertThat(accepted.division()).isEqualTo("ln.office");

		// Art. 34: the item needs on-site verification by two staff before a proposal.
		String review = claim("ln-approval", id, "review");
		assertThatThrownBy(() -> this.users.run("ln-approval",
				() -> this.workbench.complete(review, "propose", "拟准予", Map.of("proposal", "grant"))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("task.error.inspectionFirst");
		assertThatThrownBy(() -> this.users.run("ln-approval",
				() -> this.workbench.complete(review, "inspect", "安排核查",
						Map.of("inspectors", List.of("ln-approval", "ln-expert")))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("task.error.inspector");
		// The head who signs the decision does not inspect for it.
		assertThatThrownBy(() -> this.users.run("ln-approval",
				() -> this.workbench.complete(review, "inspect", "安排核查",
						Map.of("inspectors", List.of("ln-approval", "ln-approval-head")))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("task.error.inspectorSigns");
		// Art. 45: the applicant is told how long it takes.
		assertThatThrownBy(() -> this.users.run("ln-approval",
				() -> this.workbench.complete(review, "inspect", "安排核查",
						Map.of("inspectors", List.of("ln-approval", "ln-approval2")))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("task.error.required");
		this.users.run("ln-approval", () -> this.workbench.complete(review, "inspect", "安排实地核查",
				Map.of("inspectors", List.of("ln-approval", "ln-approval2"), "expectedDuration", "3个工作日")));
		completeMine("ln-approval", id, "inspection", "done", "设施符合要求", Map.of());
		// Handed to the head, an inspection is still not his to verify.
		String second = this.users
			.as("ln-approval2",
					() -> this.workbench.myTasks(new Workbench.Filter(null, "inspection"), PageRequest.of(0, 100)))
			.stream()
			.filter((task) -> task.caseId() == id)
			.findFirst()
			.orElseThrow()
			.id();
		this.users.run("ln-approval2", () -> this.workbench.transfer(second, "ln-approval-head"));
		assertThatThrownBy(() -> this.users.run("ln-approval-head",
				() -> this.workbench.complete(second, "done", "已核查", Map.of())))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("task.error.inspectorSigns");
		this.users.run("ln-approval-head", () -> this.workbench.transfer(second, "ln-approval2"));
		completeMine("ln-approval2", id, "inspection", "done", "同意核查结论", Map.of());
		complete("ln-approval", id, "review", "propose", "符合条件,拟准予许可", Map.of("proposal", "grant"));

		// Sign-off is for the division head only.
		assertThat(groupQueue("ln-approval", id)).isEmpty();
		complete("ln-approval-head", id, "signOff", "approve", "同意", Map.of());

		CaseView granted = this.views.as("applicant", id);
		assertThat(granted.status()).isEqualTo(CaseStatus.GRANTED);
		assertThat(granted.clock().state()).isEqualTo(ClockState.STOPPED);
		assertThat(granted.notices()).extracting(CaseView.NoticeView::type)
			.containsExactly("ACCEPTANCE", "SUSPENSION", "GRANT");
		assertThat(granted.history()).extracting(CaseView.HistoryEntry::type)
			.containsSubsequence("CLOCK_SUSPENDED", "CLOCK_RESUMED");
		LicenceView licence = this.licences.forCase(id).orElseThrow();
		assertThat(licence.number()).matches("SCXK\\(辽\\)2026-\\d{4}");
		assertThat(licence.holder()).isEqualTo("长春示例生物科技有限公司");
		assertThat(licence.scope()).isEqualTo("SPF级 C57BL/6J 小鼠");
		assertThat(licence.issuedOn()).isEqualTo(LocalDate.of(2026, 9, 24));
		assertThat(licence.validUntil()).isEqualTo(LocalDate.of(2031, 9, 23));
		assertThat(licence.status()).isEqualTo(LicenceStatus.VALID);
		assertThat(granted.notices().get(2).body()).contains(licence.number());

		complete("ln-approval", id, "delivery", "delivered", "已邮寄送达", Map.of("method", "EMS"));
		CaseView closed = this.views.as("applicant", id);
		assertThat(closed.step()).isNull();
		assertThat(closed.history()).extracting(CaseView.HistoryEntry::type).contains("CLOSED");
		assertThat(
				this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id)).count())
			.isZero();
	}

	@Test
	void rejectOutsideOurPowersNamesTheCompetentAuthority() {
		long id = submitted("applicant2", "jilin");
		String intake = claim("jl-approval", id, "intake");
		assertThatThrownBy(() -> this.users.run("jl-approval",
				() -> this.workbench.complete(intake, "reject", "不属于本机关职权",
						Map.of("reasonType", "outsidePowers", "reason", "属于国家级事项"))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("task.error.required");
		this.users.run("jl-approval", () -> this.workbench.complete(intake, "reject", "不属于本机关职权",
				Map.of("reasonType", "outsidePowers", "reason", "申请事项属于国家级审批事项", "competentAuthority", "科学技术部")));
		CaseView view = this.views.as("applicant2", id);
		assertThat(view.status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
		assertThat(view.clock().state()).isEqualTo(ClockState.NOT_STARTED);
		CaseView.NoticeView notice = view.notices().get(0);
		assertThat(notice.type()).isEqualTo("NON_ACCEPTANCE");
		assertThat(notice.number()).matches("吉科审不受字〔2026〕第\\d{4}号");
		assertThat(notice.body()).contains("科学技术部").contains("六十日内").contains("行政诉讼");
	}

	@Test
	void oneCorrectionNoticeThenAccept() {
		long id = submitted("applicant", "jilin");
		String intake = claim("jl-approval", id, "intake");
		assertThatThrownBy(
				() -> this.users.run("jl-approval", () -> this.workbench.complete(intake, "correct", "材料不全", Map.of())))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("task.error.correctionItems");
		this.users.run("jl-approval", () -> this.workbench.complete(intake, "correct", "材料不全",
				Map.of("items", Map.of("facility-test-report", "检测报告已过期", "staff-training", "缺少两名人员的培训证明"))));
		CaseView corrected = this.views.as("applicant", id);
		assertThat(corrected.status()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);
		assertThat(corrected.notices().get(0).body()).contains("检测报告已过期")
			.contains("缺少两名人员的培训证明")
			// When the materials were received, and by when to correct (30 days).
			.contains("本机关于 2026-09-24 收到", "请于 2026-10-24 前补正");
		// Only what the notice lists may be uploaded again.
		assertThatThrownBy(() -> this.users.run("applicant", () -> this.cases.upload(id, "procedures", "规程.pdf", PDF)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("case.error.materialNotListed");
		this.users.run("applicant", () -> this.cases.upload(id, "facility-test-report", "新检测报告.pdf", PDF));
		this.clock.advance(Duration.ofDays(1));
		// Not everything listed is handed in: refused, naming what is missing.
		assertThatThrownBy(() -> this.users.run("applicant", () -> this.cases.resubmit(id, "已补正")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("case.error.correctionIncomplete")
			.satisfies((ex) -> assertThat(((DomainException) ex).arguments()).containsExactly("从业人员专业培训合格证明"));
		assertThat(this.views.as("applicant", id).status()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);
		this.users.run("applicant", () -> this.cases.upload(id, "staff-training", "培训证明.pdf", PDF));
		this.users.run("applicant", () -> this.cases.resubmit(id, "已补正"));
		assertThat(this.views.as("applicant", id).status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(this.views.as("applicant", id).clock().intakeDeadline()).isEqualTo(LocalDate.of(2026, 10, 9));

		// Art. 32: one notice lists everything, once; a second may only name new defects
		// of
		// what was handed in again, never a material the first notice did not ask for.
		String again = claim("jl-approval", id, "intake");
		assertThat(this.stepCompletion.outcomes(id, "licensing", "intake")).containsExactly("accept", "correct",
				"reject");
		assertThatThrownBy(() -> this.users.run("jl-approval",
				() -> this.workbench.complete(again, "correct", "规程也不全",
						Map.of("items", Map.of("procedures", "缺少应急预案")))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("task.error.singleCorrection")
			.satisfies((ex) -> assertThat(((DomainException) ex).arguments()).contains("procedures"));
		assertThat(this.views.as("applicant", id).status()).isEqualTo(CaseStatus.SUBMITTED);
		this.users.run("jl-approval", () -> this.workbench.complete(again, "accept", "补正后材料齐全", Map.of()));

		CaseView accepted = this.views.as("applicant", id);
		assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(accepted.notices()).extracting(CaseView.NoticeView::type)
			.containsExactly("CORRECTION", "ACCEPTANCE");
		// The 20 days run from acceptance (2026-09-25, a holiday), after the corrections:
		// the first counted day is Mon 09-28, as from 09-24.
		assertThat(accepted.clock().acceptedOn()).isEqualTo(LocalDate.of(2026, 9, 25));
		assertThat(accepted.clock().deadline()).isEqualTo(LocalDate.of(2026, 10, 29));
	}

	@Test
	void expertReviewSuspendsTheClockAndHearingToo() {
		long id = accepted("applicant", "liaoning");
		complete("ln-approval", id, "review", "expertReview", "需专家评审", Map.of("expectedDuration", "10个工作日"));
		CaseView suspended = this.views.as("applicant", id);
		assertThat(suspended.clock().state()).isEqualTo(ClockState.SUSPENDED);
		assertThat(suspended.notices()).extracting(CaseView.NoticeView::type).contains("SUSPENSION");
		// Expert review from Thu 2026-09-24 to Wed 2026-09-30: Mon 28, Tue 29, Wed 30 not
		// counted.
		this.clock.setDate(LocalDate.of(2026, 9, 30));
		complete("ln-approval", id, "expertReview", "done", "专家组同意", Map.of());
		CaseView resumed = this.views.as("applicant", id);
		assertThat(resumed.clock().state()).isEqualTo(ClockState.RUNNING);
		assertThat(resumed.clock().suspendedWorkingDays()).isEqualTo(3);
		assertThat(resumed.clock().deadline()).isEqualTo(LocalDate.of(2026, 11, 3));

		complete("ln-approval", id, "review", "hearing", "拟作出的决定涉及相邻单位重大利益", Map.of("expectedDuration", "15个工作日"));
		CaseView told = this.views.as("applicant", id);
		assertThat(told.clock().state()).isEqualTo(ClockState.SUSPENDED);
		assertThat(told.step()).isEqualTo("hearingRequest");
		CaseView.NoticeView rights = told.notices().get(told.notices().size() - 1);
		assertThat(rights.type()).isEqualTo("HEARING_RIGHTS");
		// Five working days from Wed 09-30: Thu 10-08, Fri 10-09, Sat 10-10 (make-up
		// day), Mon 10-12, Tue 10-13.
		assertThat(rights.body()).contains("相邻单位重大利益", "第四十七条", "2026-10-13");
		// Only the applicant answers.
		assertThatThrownBy(() -> this.users.run("applicant2", () -> this.hearings.answer(id, true)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("case.error.notFound");
		this.users.run("applicant", () -> this.hearings.answer(id, true));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("hearingSchedule");

		// Art. 48: notified 7 days before, within 20 days of the request, presided over
		// by someone who did not examine the case.
		String schedule = claim("ln-approval", id, "hearingSchedule");
		Map<String, Object> hearing = new HashMap<>(
				Map.of("hearingDate", "2026-10-15", "presidingOfficer", "ln-approval2", "hearingPlace", "厅三楼听证室"));
		// Seven working days from Wed 09-30 (Oct 1-7 off, Sat 10-10 worked): Thu 10-15;
		// twenty:
		// Tue 11-03.
		scheduleRefused(schedule, hearing, "hearingDate", "2026-10-14", "task.error.hearingTooSoon");
		scheduleRefused(schedule, hearing, "hearingDate", "2026-11-04", "task.error.hearingTooLate");
		scheduleRefused(schedule, hearing, "presidingOfficer", "ln-approval", "task.error.presidingExaminer");
		scheduleRefused(schedule, hearing, "presidingOfficer", "jl-approval", "task.error.presidingUnknown");
		this.users.run("ln-approval", () -> this.workbench.complete(schedule, "schedule", "安排听证", hearing));
		CaseView.NoticeView notice = this.views.as("applicant", id)
			.notices()
			.get(this.views.as("applicant", id).notices().size() - 1);
		assertThat(notice.type()).isEqualTo("HEARING");
		assertThat(notice.body()).contains("2026-10-15", "厅三楼听证室", "第四十八条", "公开举行", "申请回避");

		this.clock.setDate(LocalDate.of(2026, 10, 15));
		assertThatThrownBy(() -> completeMine("ln-approval2", id, "hearing", "done", "听证结束", Map.of()))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("transcript");
		completeMine("ln-approval2", id, "hearing", "done", "听证结束",
				Map.of("transcript", "申请人陈述设施符合标准;利害关系人提出噪声问题,申请人承诺整改。各方签字确认。"));
		CaseView afterHearing = this.views.as("applicant", id);
		assertThat(afterHearing.step()).isEqualTo("review");
		assertThat(afterHearing.history()).extracting(CaseView.HistoryEntry::type)
			.contains("HEARING_REQUESTED", "HEARING_TRANSCRIPT");
		// Three working days of expert review, then the hearing's seven from Wed 09-30 to
		// Thu 10-15 (Oct 1-7 off, Sat 10-10 worked); the deadline moves by all ten.
		assertThat(afterHearing.clock().suspendedWorkingDays()).isEqualTo(10);
		assertThat(afterHearing.clock().deadline()).isEqualTo(LocalDate.of(2026, 11, 12));
	}

	@Test
	void extensionOnceApprovedByTheLeaderThenRefusal() {
		long id = accepted("applicant", "jilin");
		inspectAndPropose("jl-approval", "jl-approval2", id, "refuse");
		complete("jl-approval-head", id, "signOff", "requestExtension", "需补充核查",
				Map.of("extensionReason", "需补充核查设施运行记录"));
		// The extension goes to the leadership, not to the division.
		assertThat(groupQueue("jl-approval-head", id)).isEmpty();
		complete("jl-leader", id, "extensionApproval", "approve", "同意延期", Map.of());
		CaseView extended = this.views.as("applicant", id);
		assertThat(extended.clock().extended()).isTrue();
		assertThat(extended.clock().extensionReason()).isEqualTo("需补充核查设施运行记录");
		assertThat(extended.clock().deadline()).isEqualTo(LocalDate.of(2026, 11, 12));
		assertThat(extended.notices()).extracting(CaseView.NoticeView::type).contains("EXTENSION");

		String signOff = claim("jl-approval-head", id, "signOff");
		assertThatThrownBy(() -> this.users.run("jl-approval-head",
				() -> this.workbench.complete(signOff, "requestExtension", "再次延期", Map.of("extensionReason", "再延"))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("task.error.alreadyExtended");
		this.users.run("jl-approval-head", () -> this.workbench.complete(signOff, "approve", "同意不予许可", Map.of()));

		CaseView refused = this.views.as("applicant", id);
		assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
		CaseView.NoticeView decision = refused.notices().get(refused.notices().size() - 1);
		assertThat(decision.type()).isEqualTo("REFUSAL");
		assertThat(decision.body()).contains("设施环境指标不达标").contains("六十日内").contains("六个月内");
		assertThat(this.licences.forCase(id)).isEmpty();
	}

	@Test
	void aStepIsCompletedOnlyWithItsOwnCasesTaskByItsHolder() {
		long first = accepted("applicant", "jilin");
		long second = accepted("applicant", "jilin");
		String task = claim("jl-approval", first, "review");
		AppUser holder = this.accounts.find("jl-approval").orElseThrow();
		AppUser colleague = this.accounts.find("jl-approval2").orElseThrow();
		Map<String, Object> grant = Map.of("proposal", "grant");
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(
				(status) -> this.stepCompletion.complete(second, task, "review", holder, "propose", "拟准予", grant)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("task.error.notFound");
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(
				(status) -> this.stepCompletion.complete(first, task, "review", colleague, "propose", "拟准予", grant)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("task.error.notYours");
		assertThat(this.views.as("applicant", first).step()).isEqualTo("review");
		assertThat(this.views.as("applicant", second).step()).isEqualTo("review");
	}

	@Test
	void testingAndAppraisalStopTheClockAndTheApplicantIsToldHowLong() {
		long id = accepted("applicant", "liaoning");
		LocalDate before = this.views.as("applicant", id).clock().deadline();
		complete("ln-approval", id, "review", "testing", "委托检测", Map.of("expectedDuration", "15个工作日"));
		CaseView testing = this.views.as("applicant", id);
		assertThat(testing.step()).isEqualTo("testing");
		assertThat(testing.clock().state()).isEqualTo(ClockState.SUSPENDED);
		CaseView.NoticeView notice = testing.notices().get(testing.notices().size() - 1);
		assertThat(notice.type()).isEqualTo("SUSPENSION");
		assertThat(notice.body()).contains("检验、检测、鉴定", "第四十五条", "15个工作日");
		// Across the National Day holidays: the working days while testing are not
		// counted.
		this.clock.setDate(LocalDate.of(2026, 10, 9));
		complete("ln-approval", id, "testing", "done", "检测报告已出具", Map.of());
		CaseView resumed = this.views.as("applicant", id);
		assertThat(resumed.step()).isEqualTo("review");
		assertThat(resumed.clock().state()).isEqualTo(ClockState.RUNNING);
		assertThat(resumed.clock().suspendedWorkingDays()).isPositive();
		assertThat(resumed.clock().deadline()).isAfter(before);
		assertThat(this.calendar.workingDaysBetween(before, resumed.clock().deadline()))
			.isEqualTo(resumed.clock().suspendedWorkingDays());
	}

	@Test
	void interestedPartiesAreToldAndHeardWhileTheClockRuns() {
		long id = accepted("applicant", "liaoning");
		String review = claim("ln-approval", id, "review");
		assertThatThrownBy(() -> this.users.run("ln-approval",
				() -> this.workbench.complete(review, "interestedParties", "涉及相邻居民", Map.of())))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("interestedParties");
		this.users.run("ln-approval", () -> this.workbench.complete(review, "interestedParties", "涉及相邻居民",
				Map.of("interestedParties", "示例小区业主委员会(书面送达,2026-09-24)")));
		CaseView told = this.views.as("applicant", id);
		assertThat(told.step()).isEqualTo("statements");
		assertThat(told.clock().state()).isEqualTo(ClockState.RUNNING);
		CaseView.NoticeView notice = told.notices().get(told.notices().size() - 1);
		assertThat(notice.type()).isEqualTo("INTERESTED_PARTIES");
		assertThat(notice.body()).contains("示例小区业主委员会", "第三十六条", "陈述和申辩");
		complete("ln-approval", id, "statements", "done", "已听取意见", Map.of("statements", "业主委员会:担心气味;申请人:已设负压排风系统。"));
		CaseView heard = this.views.as("ln-approval", id);
		assertThat(heard.step()).isEqualTo("review");
		assertThat(heard.history()).filteredOn((entry) -> "STATEMENTS".equals(entry.type()))
			.extracting(CaseView.HistoryEntry::detail)
			.containsExactly("业主委员会:担心气味;申请人:已设负压排风系统。");
	}

	@Test
	void aHearingNotRequestedInTimeOrDeclinedIsWaived() {
		long lapsed = accepted("applicant", "jilin");
		complete("jl-approval", lapsed, "review", "hearing", "涉及他人重大利益", Map.of("expectedDuration", "20个工作日"));
		assertThat(this.views.as("applicant", lapsed).step()).isEqualTo("hearingRequest");
		// Nobody asks within 5 working days: the timer ends the wait.
		String process = this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(lapsed))
			.singleResult()
			.getId();
		Job due = this.managementService.createTimerJobQuery()
			.processInstanceId(process)
			.elementId("hearingRequestLapsed")
			.singleResult();
		this.managementService.executeJob(this.managementService.moveTimerToExecutableJob(due.getId()).getId());
		CaseView waived = this.views.as("applicant", lapsed);
		assertThat(waived.step()).isEqualTo("review");
		assertThat(waived.clock().state()).isEqualTo(ClockState.RUNNING);
		assertThat(waived.history()).extracting(CaseView.HistoryEntry::type).contains("HEARING_WAIVED");

		long declined = accepted("applicant", "jilin");
		complete("jl-approval", declined, "review", "hearing", "涉及他人重大利益", Map.of("expectedDuration", "20个工作日"));
		this.users.run("applicant", () -> this.hearings.answer(declined, false));
		CaseView answered = this.views.as("applicant", declined);
		assertThat(answered.step()).isEqualTo("review");
		assertThat(answered.history()).extracting(CaseView.HistoryEntry::type)
			.contains("HEARING_DECLINED")
			.doesNotContain("HEARING_WAIVED");
	}

	@Test
	void noExtensionOnceTheDeadlineHasPassed() {
		long id = accepted("applicant", "jilin");
		inspectAndPropose("jl-approval", "jl-approval2", id, "grant");
		LocalDate deadline = this.views.as("applicant", id).clock().deadline();
		assertThat(this.views.as("applicant", id).clock().provisional()).isFalse();
		this.clock.setDate(deadline.plusDays(1));
		String signOff = claim("jl-approval-head", id, "signOff");
		assertThatThrownBy(() -> this.users.run("jl-approval-head",
				() -> this.workbench.complete(signOff, "requestExtension", "需延期", Map.of("extensionReason", "需补充核查"))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("task.error.deadlinePassed");
		assertThat(this.views.as("applicant", id).clock().extended()).isFalse();
		assertThat(groupQueue("jl-leader", id)).isEmpty();
	}

	@Test
	void aDeadlineInAYearWithoutPublishedHolidaysIsProvisional() {
		// Accepted Tue 2026-12-15: 12 working days in December, then 2027, whose holiday
		// arrangements are not published yet: weekends only (Fri 01-01 counts).
		this.clock.setDate(LocalDate.of(2026, 12, 15));
		long id = accepted("applicant2", "liaoning");
		CaseView.ClockView clock = this.views.as("applicant2", id).clock();
		assertThat(clock.deadline()).isEqualTo(LocalDate.of(2027, 1, 12));
		assertThat(clock.provisional()).isTrue();
	}

	@Test
	void theHeadWhoProposedADecisionDoesNotSignItOff() {
		long id = accepted("applicant", "jilin");
		complete("jl-approval-head", id, "review", "propose", "拟不予许可",
				Map.of("proposal", "refuse", "refusalReasons", "设施检测报告不合格"));
		String signOff = claim("jl-approval-head", id, "signOff");
		assertThatThrownBy(() -> this.users.run("jl-approval-head",
				() -> this.workbench.complete(signOff, "approve", "同意", Map.of())))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("task.error.signOwnReview");
		assertThat(this.views.as("applicant", id).step()).isEqualTo("signOff");
		// Sent back, proposed again by someone else: the head signs that one off.
		this.users.run("jl-approval-head", () -> this.workbench.complete(signOff, "sendBack", "请另行审查", Map.of()));
		complete("jl-approval", id, "review", "propose", "拟不予许可",
				Map.of("proposal", "refuse", "refusalReasons", "设施检测报告不合格"));
		complete("jl-approval-head", id, "signOff", "approve", "同意", Map.of());
		assertThat(this.views.as("applicant", id).status()).isEqualTo(CaseStatus.REFUSED);
	}

	@Test
	void anExtensionAskedForInTimeCannotBeApprovedOnceTheDeadlineHasPassed() {
		long id = accepted("applicant", "liaoning");
		inspectAndPropose("ln-approval", "ln-approval2", id, "grant");
		LocalDate deadline = this.views.as("applicant", id).clock().deadline();
		this.clock.setDate(deadline);
		complete("ln-approval-head", id, "signOff", "requestExtension", "需延期", Map.of("extensionReason", "需补充核查"));
		this.clock.setDate(deadline.plusDays(1));
		String approval = claim("ln-leader", id, "extensionApproval");
		assertThatThrownBy(
				() -> this.users.run("ln-leader", () -> this.workbench.complete(approval, "approve", "同意延期", Map.of())))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("task.error.extensionTooLate");
		CaseView refused = this.views.as("applicant", id);
		assertThat(refused.clock().extended()).isFalse();
		assertThat(refused.clock().deadline()).isEqualTo(deadline);
		assertThat(refused.step()).isEqualTo("extensionApproval");
		this.users.run("ln-leader", () -> this.workbench.complete(approval, "deny", "期限已届满", Map.of()));
		CaseView denied = this.views.as("applicant", id);
		assertThat(denied.step()).isEqualTo("signOff");
		assertThat(denied.history()).extracting(CaseView.HistoryEntry::type).contains("EXTENSION_DENIED");
	}

	@Test
	void headSendsBackAndLeaderMayDenyTheExtension() {
		long id = accepted("applicant2", "liaoning");
		inspectAndPropose("ln-approval", "ln-approval2", id, "grant");
		complete("ln-approval-head", id, "signOff", "sendBack", "请补充核查意见", Map.of());
		assertThat(this.views.as("applicant2", id).step()).isEqualTo("review");
		complete("ln-approval", id, "review", "propose", "已补充", Map.of("proposal", "grant"));
		complete("ln-approval-head", id, "signOff", "requestExtension", "需延期", Map.of("extensionReason", "需征求相关部门意见"));
		complete("ln-leader", id, "extensionApproval", "deny", "无需延期", Map.of());
		CaseView denied = this.views.as("applicant2", id);
		assertThat(denied.clock().extended()).isFalse();
		assertThat(denied.step()).isEqualTo("signOff");
		assertThat(denied.history()).extracting(CaseView.HistoryEntry::type).contains("EXTENSION_DENIED");
	}

	@Test
	void withdrawBeforeTheDecisionOnlyAndIntakeTimeout() {
		long id = accepted("applicant", "liaoning");
		this.users.run("applicant", () -> this.cases.withdraw(id, "不再需要"));
		CaseView withdrawn = this.views.as("applicant", id);
		assertThat(withdrawn.status()).isEqualTo(CaseStatus.WITHDRAWN);
		assertThat(withdrawn.clock().state()).isEqualTo(ClockState.STOPPED);
		assertThat(groupQueue("ln-approval", id)).isEmpty();
		assertThatThrownBy(() -> this.users.run("applicant", () -> this.cases.withdraw(id, "again")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("case.error.alreadyDecided");

		// Art. 32: no intake decision within 5 working days -> accepted as of the day
		// received.
		long late = submitted("applicant", "liaoning");
		this.clock.setDate(LocalDate.of(2026, 10, 9));
		Job timer = this.managementService.createTimerJobQuery()
			.processInstanceId(processOf(late))
			.elementId("intakeTimeout")
			.singleResult();
		assertThat(timer).isNotNull();
		Job executable = this.managementService.moveTimerToExecutableJob(timer.getId());
		this.managementService.executeJob(executable.getId());
		CaseView deemed = this.views.as("applicant", late);
		assertThat(deemed.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(deemed.clock().acceptedOn()).isEqualTo(LocalDate.of(2026, 9, 24));
		assertThat(deemed.clock().deadline()).isEqualTo(LocalDate.of(2026, 10, 29));
		assertThat(deemed.history()).extracting(CaseView.HistoryEntry::type).contains("DEEMED_ACCEPTED");
		assertThat(deemed.step()).isEqualTo("review");
	}

	@Test
	void remindsThreeWorkingDaysBeforeAndEscalatesWhenOverdue() {
		long id = accepted("applicant2", "jilin");
		this.clock.setDate(LocalDate.of(2026, 10, 26));
		runDeadlineCheck(id);
		assertThat(this.views.as("applicant2", id).history()).extracting(CaseView.HistoryEntry::type)
			.contains("REMINDER");
		this.clock.setDate(LocalDate.of(2026, 10, 30));
		runDeadlineCheck(id);
		CaseView overdue = this.views.as("applicant2", id);
		assertThat(overdue.clock().overdue()).isTrue();
		assertThat(overdue.clock().remainingWorkingDays()).isEqualTo(-1);
		assertThat(overdue.history()).extracting(CaseView.HistoryEntry::type).contains("ESCALATED");
		InboxItem inBacklog = this.users
			.as("jl-approval-head", () -> this.workbench.divisionBacklog(Workbench.Filter.NONE, PageRequest.of(0, 100)))
			.stream()
			.filter((item) -> item.caseId() == id)
			.findFirst()
			.orElseThrow();
		assertThat(inBacklog.overdue()).isTrue();
		assertThat(inBacklog.due()).isEqualTo(LocalDate.of(2026, 10, 29));
	}

	private void runDeadlineCheck(long id) {
		Job timer = this.managementService.createTimerJobQuery()
			.processInstanceId(processOf(id))
			.elementId("reviewDeadlineCheck")
			.singleResult();
		Job executable = this.managementService.moveTimerToExecutableJob(timer.getId());
		this.managementService.executeJob(executable.getId());
	}

	/**
	 * Art. 48: the presiding officer examined nothing of the case: neither its reviewer
	 * nor one of its on-site inspectors.
	 */
	@Test
	void noInspectorPresidesOverTheHearing() {
		long id = accepted("applicant", "liaoning");
		complete("ln-approval", id, "review", "inspect", "安排实地核查",
				Map.of("inspectors", List.of("ln-approval", "ln-approval2"), "expectedDuration", "3个工作日"));
		completeMine("ln-approval", id, "inspection", "done", "设施符合要求", Map.of());
		completeMine("ln-approval2", id, "inspection", "done", "同意核查结论", Map.of());
		complete("ln-approval", id, "review", "hearing", "涉及相邻单位重大利益", Map.of("expectedDuration", "15个工作日"));
		this.users.run("applicant", () -> this.hearings.answer(id, true));
		String schedule = claim("ln-approval", id, "hearingSchedule");
		LocalDate date = this.calendar.addWorkingDays(LocalDate.now(this.clock), 10).date();
		Map<String, Object> hearing = new HashMap<>(Map.of("hearingDate", date.toString(), "presidingOfficer",
				"ln-approval-head", "hearingPlace", "厅三楼听证室"));
		scheduleRefused(schedule, hearing, "presidingOfficer", "ln-approval2", "task.error.presidingExaminer");
		scheduleRefused(schedule, hearing, "presidingOfficer", "ln-approval", "task.error.presidingExaminer");
		this.users.run("ln-approval", () -> this.workbench.complete(schedule, "schedule", "安排听证", hearing));
		assertThat(this.views.as("applicant", id).notices()).extracting(CaseView.NoticeView::type).contains("HEARING");
	}

	/**
	 * A refusal whose reasons stand on the documents is proposed without an on-site
	 * visit; a grant of the same item still needs two inspectors.
	 */
	@Test
	void aRefusalOnTheDocumentsNeedsNoOnSiteVisit() {
		long id = accepted("applicant2", "liaoning");
		complete("ln-approval", id, "review", "propose", "检测报告显示设施不达标",
				Map.of("proposal", "refuse", "refusalReasons", "设施环境检测报告显示温湿度不符合国家标准"));
		assertThat(this.views.as("applicant2", id).step()).isEqualTo("signOff");
		complete("ln-approval-head", id, "signOff", "approve", "同意不予许可", Map.of());
		CaseView refused = this.views.as("applicant2", id);
		assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
		assertThat(refused.notices().get(refused.notices().size() - 1).body()).contains("温湿度不符合国家标准");
	}

	/**
	 * Art. 32: a second notice only for new defects in what was handed in again (naming
	 * only those), then never a third.
	 */
	@Test
	void aSecondNoticeOnlyForNewDefectsOfWhatWasHandedInAgain() {
		long id = submitted("applicant", "jilin");
		complete("jl-approval", id, "intake", "correct", "检测报告过期",
				Map.of("items", Map.of("facility-test-report", "检测报告已过期")));
		this.users.run("applicant", () -> {
			this.cases.upload(id, "facility-test-report", "新检测报告.pdf", PDF);
			this.cases.resubmit(id, "已补正");
		});
		complete("jl-approval", id, "intake", "correct", "新报告未盖章",
				Map.of("items", Map.of("facility-test-report", "新提交的检测报告未加盖检测机构公章")));
		CaseView second = this.views.as("applicant", id);
		assertThat(second.status()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);
		assertThat(second.notices()).extracting(CaseView.NoticeView::type).containsExactly("CORRECTION", "CORRECTION");
		assertThat(second.notices().get(1).body()).contains("未加盖检测机构公章").doesNotContain("检测报告已过期");
		this.users.run("applicant", () -> {
			this.cases.upload(id, "facility-test-report", "盖章检测报告.pdf", PDF);
			this.cases.resubmit(id, "已补正");
		});
		String third = claim("jl-approval", id, "intake");
		assertThat(this.stepCompletion.outcomes(id, "licensing", "intake")).containsExactly("accept", "reject");
		assertThatThrownBy(() -> this.users.run("jl-approval",
				() -> this.workbench.complete(third, "correct", "再补",
						Map.of("items", Map.of("facility-test-report", "仍有问题")))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("task.error.correctionsExhausted");
		this.users.run("jl-approval", () -> this.workbench.complete(third, "accept", "补正后材料齐全", Map.of()));
		assertThat(this.views.as("applicant", id).status()).isEqualTo(CaseStatus.ACCEPTED);
	}

	private void scheduleRefused(String task, Map<String, Object> valid, String field, Object value, String key) {
		Map<String, Object> fields = new HashMap<>(valid);
		fields.put(field, value);
		assertThatThrownBy(
				() -> this.users.run("ln-approval", () -> this.workbench.complete(task, "schedule", "安排听证", fields)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining(key)
			.satisfies((ex) -> assertThat(((DomainException) ex).field()).isEqualTo(field));
	}

	private void inspectAndPropose(String reviewer, String second, long id, String proposal) {
		complete(reviewer, id, "review", "inspect", "安排核查",
				Map.of("inspectors", List.of(reviewer, second), "expectedDuration", "3个工作日"));
		completeMine(reviewer, id, "inspection", "done", "核查完成", Map.of());
		completeMine(second, id, "inspection", "done", "核查完成", Map.of());
		complete(reviewer, id, "review", "propose", "拟办意见", "refuse".equals(proposal)
				? Map.of("proposal", "refuse", "refusalReasons", "设施环境指标不达标") : Map.of("proposal", "grant"));
	}

	long submitted(String applicant, String department) {
		return this.licensing.submitted(applicant, department);
	}

	long accepted(String applicant, String department) {
		return this.licensing.accepted(applicant, department);
	}

	String claim(String user, long caseId, String step) {
		return this.tasks.claim(user, caseId, step);
	}

	void complete(String user, long caseId, String step, String outcome, String opinion, Map<String, Object> fields) {
		this.tasks.complete(user, caseId, step, outcome, opinion, fields);
	}

	void completeMine(String user, long caseId, String step, String outcome, String opinion,
			Map<String, Object> fields) {
		this.tasks.completeMine(user, caseId, step, outcome, opinion, fields);
	}

	List<InboxItem> groupQueue(String user, long caseId) {
		return this.tasks.groupQueue(user, caseId);
	}

	String processOf(long caseId) {
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(caseId))
			.singleResult()
			.getId();
	}

}
