package org.kjt.approvals.workpermit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.cases.ClockState;
import org.kjt.approvals.cases.NoticePrinting;
import org.kjt.approvals.inbox.InboxItem;
import org.kjt.approvals.inbox.Workbench;
import org.kjt.approvals.security.NewMember;
import org.kjt.approvals.security.Organisations;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.Committed;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.PreviousRelease;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.TestFiles;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Walks every path of processes/work-permit.bpmn20.xml and
 * processes/work-permit-amendment.bpmn20.xml through the services the UI and API use.
 */
@ApprovalsTest
class WorkPermitProcessTests {

	static final byte[] PDF = TestFiles.PDF;

	static final byte[] PNG = TestFiles.PNG;

	static final LocalDate DAY = WorkPermitFixtures.DAY;

	@Autowired
	WorkPermitFixtures fixtures;

	@Autowired
	Tasks tasks;

	@Autowired
	Cases cases;

	@Autowired
	Workbench workbench;

	@Autowired
	WorkPermits permits;

	@Autowired
	Users users;

	@Autowired
	CaseViews views;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	PreviousRelease previous;

	@Autowired
	NoticePrinting printing;

	@Autowired
	Organisations organisations;

	@BeforeEach
	void day() {
		this.clock.setDate(DAY);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aWorkplaceInTheProvinceIsInTheNortheast() {
		Map<String, Object> form = WorkPermitFixtures.formB("N1357913");
		form.put("workLocation", "OTHER");
		assertThatThrownBy(() -> submitted("applicant", "jilin", form)).isInstanceOf(DomainException.class)
			.hasMessageContaining("workpermit.error.locationNotHere")
			.satisfies((ex) -> assertThat(((DomainException) ex).field()).isEqualTo("workLocation"));
		form.put("workLocation", "WESTERN");
		assertThatThrownBy(() -> submitted("applicant", "liaoning", form)).isInstanceOf(DomainException.class)
			.hasMessageContaining("workpermit.error.locationNotHere");
	}

	@Test
	void categoryBAcceptedReviewedGrantedNoticeThenCardInTime() {
		long id = submitted("applicant", "liaoning", WorkPermitFixtures.formB("E1234567"));
		CaseView submitted = this.views.as("applicant", id);
		assertThat(submitted.form()).containsEntry("proposedCategory", "B").containsEntry("points", 77);
		assertThat(submitted.form().get("pointsBreakdown").toString()).startsWith("salary 14 · education 15");
		assertThat(submitted.clock().intakeDeadline()).isEqualTo(LocalDate.of(2026, 11, 9));
		assertThat(submitted.division()).isEqualTo("ln.office");

		complete("ln-approval", id, "intake", "accept", "材料齐全,予以受理", Map.of());
		CaseView accepted = this.views.as("applicant", id);
		assertThat(accepted.clock().deadline()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(accepted.division()).isEqualTo("ln.foreign-experts");
		assertThat(accepted.notices().get(0).body()).contains("20个工作日");

		// The category may change only with a written reason.
		String review = claim("ln-expert", id, "review");
		assertThatThrownBy(() -> this.users.run("ln-expert",
				() -> this.workbench.complete(review, "propose", "拟准予", Map.of("proposal", "grant", "category", "A"))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("categoryReason");
		this.users.run("ln-expert", () -> this.workbench.complete(review, "propose", "符合B类条件,拟准予",
				Map.of("proposal", "grant", "category", "B")));
		assertThat(groupQueue("ln-expert", id)).isEmpty();
		complete("ln-expert-head", id, "signOff", "approve", "同意", Map.of());

		CaseView granted = this.views.as("applicant", id);
		assertThat(granted.status()).isEqualTo(CaseStatus.GRANTED);
		assertThat(granted.clock().state()).isEqualTo(ClockState.STOPPED);
		assertThat(granted.step()).isEqualTo("cardApplication");
		CaseView.NoticeView notice = granted.notices().get(granted.notices().size() - 1);
		assertThat(notice.type()).isEqualTo("WORK_PERMIT_NOTICE");
		assertThat(notice.number()).matches("辽科审外许字〔2026〕第\\d{4}号");
		// Addressed to the employer and the person: the full passport number, the visa to
		// apply for, and that it is no visa itself; masked for anyone else.
		assertThat(notice.body()).contains("SMITH JOHN", "GBR", "E1234567", "B类(外国专业人才)", "申请Z字签证", "本通知不是签证",
				"入境后 15 日内");
		CaseView.NoticeView seenByAdmin = this.views.as("admin", id).notices().get(granted.notices().size() - 1);
		assertThat(seenByAdmin.body()).contains("E1****67").doesNotContain("E1234567");
		// The printed notice alike.
		assertThat(this.users.as("admin", () -> this.printing.page(id, granted.notices().size() - 1)))
			.contains("E1****67")
			.doesNotContain("E1234567");
		assertThat(this.users.as("ln-expert", () -> this.printing.page(id, granted.notices().size() - 1)))
			.contains("E1234567");
		// Withdrawal ends before the decision.
		assertThatThrownBy(() -> this.users.run("applicant", () -> this.cases.withdraw(id, "不需要了")))
			.isInstanceOf(DomainException.class);

		// Entry in the future or before the Notice is refused; within 15 days goes on.
		this.clock.setDate(LocalDate.of(2026, 12, 10));
		assertThatThrownBy(() -> this.users.run("applicant", () -> this.permits.applyForCard(id, "2026-12-11")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("futureDate");
		assertThatThrownBy(() -> this.users.run("applicant2", () -> this.permits.applyForCard(id, "2026-12-01")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("case.error.notFound");
		this.users.run("applicant", () -> this.permits.applyForCard(id, "2026-11-25"));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("cardIssue");
		assertThat(this.views.as("applicant", id).division()).isEqualTo("ln.office");
		complete("ln-approval", id, "cardIssue", "issue", "核发工作许可证", Map.of());

		CaseView closed = this.views.as("applicant", id);
		assertThat(closed.step()).isNull();
		assertThat(closed.status()).isEqualTo(CaseStatus.GRANTED);
		PermitView card = this.users.as("applicant", () -> this.permits.forCase(id)).orElseThrow();
		assertThat(card.permitNumber()).matches("LNWP2026\\d{6}");
		assertThat(card.category()).isEqualTo("B");
		assertThat(card.entryDate()).isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(card.issuedOn()).isEqualTo(LocalDate.of(2026, 12, 10));
		assertThat(card.validUntil()).isEqualTo(LocalDate.of(2028, 11, 30));
		assertThat(card.noticeNumber()).isEqualTo(notice.number());

		PermitVerification verified = this.permits.verify(card.permitNumber());
		assertThat(verified.status()).isEqualTo(PermitStatus.VALID);
		assertThat(verified.holderInitial()).isEqualTo("S.");
		assertThat(verified.nationality()).isEqualTo("GBR");
		assertThat(verified.toString()).doesNotContain("SMITH", "E1234567", "1985");
		assertThat(this.users.as("applicant2", () -> this.permits.mine(PageRequest.of(0, 50))).getContent())
			.noneMatch((other) -> other.permitNumber().equals(card.permitNumber()));
	}

	@Test
	void correctionOnceThenShortTermFiveDayLimitWithoutExtension() {
		long id = submitted("applicant", "jilin", WorkPermitFixtures.shortTerm(WorkPermitFixtures.formB("J7654321")));
		assertThat(this.views.as("applicant", id).division()).isEqualTo("jl.approval-office");
		complete("jl-approval", id, "intake", "correct", "体检证明不清晰",
				Map.of("items", Map.of("medical-certificate", "扫描件不清晰")));
		assertThat(this.views.as("applicant", id).status()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);
		this.users.run("applicant", () -> {
			this.cases.upload(id, "medical-certificate", "medical.pdf", PDF);
			this.cases.resubmit(id, "已重新上传");
		});
		complete("jl-approval", id, "intake", "accept", "予以受理", Map.of());
		CaseView accepted = this.views.as("applicant", id);
		assertThat(accepted.clock().deadline()).isEqualTo(LocalDate.of(2026, 11, 9));
		// Jilin: the approval office takes in and decides (its remit); 国际合作处's says
		// nothing of
		// foreign experts.
		assertThat(accepted.division()).isEqualTo("jl.approval-office");
		assertThat(accepted.notices()).extracting(CaseView.NoticeView::type)
			.containsExactly("CORRECTION", "ACCEPTANCE");

		complete("jl-approval", id, "review", "propose", "拟准予", Map.of("proposal", "grant", "category", "B"));
		String signOff = claim("jl-approval-head", id, "signOff");
		assertThatThrownBy(() -> this.users.run("jl-approval-head",
				() -> this.workbench.complete(signOff, "requestExtension", "需要延期", Map.of("extensionReason", "材料需核实"))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("noExtensionShortTerm");
		this.users.run("jl-approval-head", () -> this.workbench.complete(signOff, "approve", "同意", Map.of()));
		// Work of 90 days or less: the Notice is for the Z visa and no card follows.
		CaseView granted = this.views.as("applicant", id);
		CaseView.NoticeView notice = granted.notices().get(2);
		assertThat(notice.number()).matches("吉科审外许字〔2026〕第\\d{4}号");
		assertThat(notice.body()).contains("不超过90日", "Z字签证", "本通知不是签证", "无需申请外国人工作许可证");
		assertThat(granted.status()).isEqualTo(CaseStatus.GRANTED);
		assertThat(granted.step()).isNull();
		assertThat(this.users.as("applicant", () -> this.permits.forCase(id))).isEmpty();
	}

	@Test
	void categoryAAcceptedWithGapsGrantedOnlyOnceTheGapsAreIn() {
		long id = submitted("applicant", "liaoning", WorkPermitFixtures.formA("A9876543"));
		assertThat(this.views.as("applicant", id).form()).containsEntry("proposedCategory", "A");
		complete("ln-approval", id, "intake", "acceptWithGaps", "容缺受理",
				Map.of("items", Map.of("medical-certificate", "体检证明待补交"), "gapsDue", "2026-11-20"));
		CaseView accepted = this.views.as("applicant", id);
		assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(accepted.notices()).extracting(CaseView.NoticeView::type).containsExactly("ACCEPTANCE", "GAPS");
		assertThat(accepted.notices().get(1).body()).contains("体检证明待补交", "2026-11-20");

		String review = claim("ln-expert", id, "review");
		assertThatThrownBy(() -> this.users.run("ln-expert",
				() -> this.workbench.complete(review, "propose", "拟准予", Map.of("proposal", "grant", "category", "A"))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("gapsOpen");
		// Only the listed gap may be handed in now.
		assertThatThrownBy(() -> this.users.run("applicant", () -> this.cases.upload(id, "photo", "p.png", PNG)))
			.isInstanceOf(DomainException.class);
		this.users.run("applicant", () -> this.cases.upload(id, "medical-certificate", "medical.pdf", PDF));
		assertThat(this.views.as("applicant", id).history()).extracting(CaseView.HistoryEntry::type)
			.contains("GAP_FILLED");
		this.users.run("ln-expert", () -> this.workbench.complete(review, "propose", "A类,拟准予",
				Map.of("proposal", "grant", "category", "A")));
		complete("ln-expert-head", id, "signOff", "approve", "同意", Map.of());
		assertThat(this.views.as("applicant", id).status()).isEqualTo(CaseStatus.GRANTED);
	}

	@Test
	void gapsOnlyForCategoryAAndCategoryCRefusedWithReasons() {
		long id = submitted("applicant2", "jilin", WorkPermitFixtures.formC("C1112223"));
		assertThat(this.views.as("applicant2", id).form()).containsEntry("proposedCategory", "C")
			.containsEntry("points", 30);
		String intake = claim("jl-approval", id, "intake");
		assertThatThrownBy(() -> this.users.run("jl-approval",
				() -> this.workbench.complete(intake, "acceptWithGaps", "容缺",
						Map.of("items", Map.of("photo", "待补"), "gapsDue", "2026-11-20"))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("gapsOnlyA");
		this.users.run("jl-approval", () -> this.workbench.complete(intake, "accept", "予以受理", Map.of()));
		complete("jl-approval", id, "review", "propose", "不符合条件",
				Map.of("proposal", "refuse", "refusalReasons", "积分不足且不属于季节性、临时性岗位"));
		complete("jl-approval-head", id, "signOff", "approve", "同意不予许可", Map.of());
		CaseView refused = this.views.as("applicant2", id);
		assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
		assertThat(refused.step()).isNull();
		CaseView.NoticeView refusal = refused.notices().get(refused.notices().size() - 1);
		assertThat(refusal.type()).isEqualTo("REFUSAL");
		assertThat(refusal.body()).contains("积分不足", "行政复议", "吉林省");
	}

	@Test
	void extensionOfTheDecisionForLongTermWorkThenCardTooLateIsRefused() {
		long id = submitted("applicant2", "jilin", WorkPermitFixtures.formB("L5556667"));
		complete("jl-approval", id, "intake", "accept", "予以受理", Map.of());
		complete("jl-approval", id, "review", "propose", "拟准予", Map.of("proposal", "grant", "category", "B"));
		complete("jl-approval-head", id, "signOff", "requestExtension", "需核实工作经历",
				Map.of("extensionReason", "工作经历证明需向境外机构核实"));
		complete("jl-leader", id, "extensionApproval", "approve", "同意延期", Map.of());
		assertThat(this.views.as("applicant2", id).clock().deadline()).isEqualTo(LocalDate.of(2026, 12, 14));
		complete("jl-approval-head", id, "signOff", "approve", "同意", Map.of());
		assertThat(this.views.as("applicant2", id).step()).isEqualTo("cardApplication");

		// Entered on 12-01; applying on 12-17 is 16 days after entry.
		this.clock.setDate(LocalDate.of(2026, 12, 17));
		this.users.run("applicant2", () -> this.permits.applyForCard(id, "2026-12-01"));
		CaseView late = this.views.as("applicant2", id);
		assertThat(late.status()).isEqualTo(CaseStatus.REFUSED);
		assertThat(late.step()).isNull();
		CaseView.NoticeView refusal = late.notices().get(late.notices().size() - 1);
		assertThat(refusal.title()).isEqualTo("不予办理外国人工作许可证决定书");
		assertThat(refusal.body()).contains("2026-12-01", "15 日", "行政复议");
		assertThat(this.users.as("applicant2", () -> this.permits.forCase(id))).isEmpty();
	}

	@Test
	void cardRefusedByTheOfficeWithReasons() {
		long id = granted("applicant", "liaoning", WorkPermitFixtures.formB("R1231231"));
		this.users.run("applicant", () -> this.permits.applyForCard(id, DAY.toString()));
		complete("ln-approval", id, "cardIssue", "refuse", "不予发证", Map.of("refusalReasons", "入境记录与申请不符"));
		CaseView refused = this.views.as("applicant", id);
		assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
		assertThat(refused.notices().get(refused.notices().size() - 1).body()).contains("入境记录与申请不符");
	}

	@Test
	void extensionChangeAndCancellationKeepTheLifelongNumber() {
		long id = granted("applicant", "liaoning", WorkPermitFixtures.formB("P2223334"));
		this.users.run("applicant", () -> this.permits.applyForCard(id, DAY.toString()));
		complete("ln-approval", id, "cardIssue", "issue", "发证", Map.of());
		PermitView card = this.users.as("applicant", () -> this.permits.forCase(id)).orElseThrow();
		String number = card.permitNumber();
		assertThat(card.validUntil()).isEqualTo(LocalDate.of(2028, 11, 30));

		// Extension from 90 days before expiry (2028-09-01), no later than 30 days before
		// (2028-10-31).
		this.clock.setDate(LocalDate.of(2028, 8, 31));
		assertThatThrownBy(() -> amendment("applicant", "work-permit-extension",
				Map.of("permitNumber", number, "newContractEnd", "2030-11-30", "passportExpiry", "2031-01-01")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("extensionWindow");
		this.clock.setDate(LocalDate.of(2028, 11, 1));
		assertThatThrownBy(() -> amendment("applicant", "work-permit-extension",
				Map.of("permitNumber", number, "newContractEnd", "2030-11-30", "passportExpiry", "2031-01-01")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("extensionLate");
		this.clock.setDate(LocalDate.of(2028, 10, 31));
		assertThatThrownBy(() -> amendment("applicant2", "work-permit-extension",
				Map.of("permitNumber", number, "newContractEnd", "2030-11-30", "passportExpiry", "2031-01-01")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("permitUnknown");
		long extension = amendment("applicant", "work-permit-extension",
				Map.of("permitNumber", number, "newContractEnd", "2030-11-30", "passportExpiry", "2031-01-01"));
		// Intake like any application (Art. 32), by the office that takes applications
		// in.
		assertThat(this.views.as("applicant", extension).status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(this.views.as("applicant", extension).step()).isEqualTo("intake");
		complete("ln-approval", extension, "intake", "accept", "材料齐全,予以受理", Map.of());
		assertThat(this.views.as("applicant", extension).status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(this.views.as("applicant", extension).notices()).extracting(CaseView.NoticeView::type)
			.containsExactly("ACCEPTANCE");
		assertThat(this.views.as("applicant", extension).division()).isEqualTo("ln.foreign-experts");
		assertThat(this.views.as("applicant", extension).clock().deadline()).isEqualTo(LocalDate.of(2028, 11, 7));
		complete("ln-expert", extension, "review", "approve", "同意延期", Map.of());
		// Signed off by the division head like the permit itself; sent back once.
		assertThat(this.views.as("applicant", extension).step()).isEqualTo("signOff");
		complete("ln-expert-head", extension, "signOff", "sendBack", "请核实合同", Map.of());
		complete("ln-expert", extension, "review", "approve", "合同已核实,同意延期", Map.of());
		complete("ln-expert-head", extension, "signOff", "approve", "同意", Map.of());
		assertThat(this.views.as("applicant", extension).status()).isEqualTo(CaseStatus.GRANTED);
		assertThat(this.permits.verify(number).validUntil()).isEqualTo(LocalDate.of(2030, 11, 30));

		// Change: a new employer needs a new application; a late change is refused; a
		// name change within 10 days is reviewed and applied.
		assertThatThrownBy(
				() -> amendment("applicant", "work-permit-change",
						Map.of("permitNumber", number, "changeKind", "EMPLOYER", "newValue", "另一公司", "changedOn",
								"2028-10-30")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("newApplication");
		assertThatThrownBy(
				() -> amendment("applicant", "work-permit-change",
						Map.of("permitNumber", number, "changeKind", "NAME", "newValue", "SMITH-JONES JOHN",
								"changedOn", "2028-10-20")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("changeLate");
		long change = amendment("applicant", "work-permit-change", Map.of("permitNumber", number, "changeKind", "NAME",
				"newValue", "SMITH-JONES JOHN", "changedOn", "2028-10-28"));
		// The one correction notice, answered; then accepted.
		complete("ln-approval", change, "intake", "correct", "证明材料不清晰",
				Map.of("items", Map.of("change-proof", "护照变更页扫描件不清晰")));
		assertThat(this.views.as("applicant", change).status()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);
		this.users.run("applicant", () -> {
			this.cases.upload(change, "change-proof", "proof-2.pdf", PDF);
			this.cases.resubmit(change, "已补正");
		});
		assertThat(this.views.as("applicant", change).step()).isEqualTo("intake");
		complete("ln-approval", change, "intake", "accept", "补正后材料齐全", Map.of());
		assertThat(this.views.as("applicant", change).notices()).extracting(CaseView.NoticeView::type)
			.containsExactly("CORRECTION", "ACCEPTANCE");
		complete("ln-expert", change, "review", "approve", "同意变更", Map.of());
		assertThat(this.users.as("applicant", () -> this.permits.forCase(id)).orElseThrow().holderName())
			.isEqualTo("SMITH JOHN");
		complete("ln-expert-head", change, "signOff", "approve", "同意", Map.of());
		assertThat(this.users.as("applicant", () -> this.permits.forCase(id)).orElseThrow().holderName())
			.isEqualTo("SMITH-JONES JOHN");
		long refusedChange = amendment("applicant", "work-permit-change",
				Map.of("permitNumber", number, "changeKind", "POST", "newValue", "总经理", "changedOn", "2028-10-30"));
		complete("ln-approval", refusedChange, "intake", "accept", "予以受理", Map.of());
		complete("ln-expert", refusedChange, "review", "refuse", "不同意", Map.of("refusalReasons", "职务变更属于职业变更,须重新申请"));
		complete("ln-expert-head", refusedChange, "signOff", "approve", "同意不予变更", Map.of());
		assertThat(this.views.as("applicant", refusedChange).status()).isEqualTo(CaseStatus.REFUSED);
		// Not accepted at intake: closed with a written notice, nothing reviewed.
		long notAccepted = amendment("applicant", "work-permit-change", Map.of("permitNumber", number, "changeKind",
				"PASSPORT", "newValue", "E7654321", "changedOn", "2028-10-30"));
		complete("ln-approval", notAccepted, "intake", "reject", "不予受理", Map.of("reason", "同一证件的护照号码变更已在办理中,请勿重复申请"));
		CaseView rejected = this.views.as("applicant", notAccepted);
		assertThat(rejected.status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
		assertThat(rejected.step()).isNull();
		assertThat(rejected.notices().get(rejected.notices().size() - 1).body()).contains("请勿重复申请");
		assertThat(groupQueue("ln-expert", notAccepted)).isEmpty();

		// Cancellation by the employer once the contract ended, late after 10 working
		// days.
		assertThatThrownBy(() -> this.users.run("applicant2", () -> this.permits.cancel(number, "2028-10-30", "离职")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("permitNotFound");
		assertThatThrownBy(() -> this.users.run("applicant", () -> this.permits.cancel(number, "2028-11-05", "离职")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("contractNotEnded");
		PermitView cancelled = this.users.as("applicant", () -> this.permits.cancel(number, "2028-10-30", "合同提前解除"));
		assertThat(cancelled.status()).isEqualTo(PermitStatus.CANCELLED);
		assertThat(cancelled.cancelledLate()).isFalse();
		assertThat(this.permits.verify(number).status()).isEqualTo(PermitStatus.CANCELLED);

		// A new application for the same person keeps the number for life.
		this.clock.setDate(LocalDate.of(2028, 11, 6));
		Map<String, Object> again = WorkPermitFixtures.formB("P2223334");
		again.put("holderName", "SMITH-JONES JOHN");
		again.put("previousPermitNumber", number);
		again.put("contractStart", "2028-12-01");
		again.put("contractEnd", "2029-11-30");
		again.put("criminalRecordIssuedOn", "2028-10-01");
		long second = granted("applicant2", "liaoning", again);
		this.users.run("applicant2", () -> this.permits.applyForCard(second, "2028-11-06"));
		complete("ln-approval", second, "cardIssue", "issue", "发证", Map.of());
		PermitView secondCard = this.users.as("applicant2", () -> this.permits.forCase(second)).orElseThrow();
		assertThat(secondCard.permitNumber()).isEqualTo(number);
		assertThat(this.permits.verify(number).status()).isEqualTo(PermitStatus.VALID);
		// Expiry is automatic.
		this.clock.setDate(LocalDate.of(2029, 12, 1));
		assertThat(this.permits.verify(number).status()).isEqualTo(PermitStatus.EXPIRED);
	}

	/**
	 * C is not a fallback: below A and B the employer states the ground, or nothing can
	 * be submitted; the reviewer cannot make it C without one; the province's yearly
	 * quota is checked when the head signs.
	 */
	@Test
	void categoryCNeedsAStatedGroundAndTheYearlyQuota() {
		// Below A and B with no C ground: received, proposed as fitting no category, and
		// refused in writing with the reasons and remedies.
		Map<String, Object> noGround = WorkPermitFixtures.formC("C7778889");
		noGround.remove("cGround");
		long none = submitted("applicant", "liaoning", noGround);
		assertThat(this.views.as("applicant", none).form()).containsEntry("proposedCategory", "NONE");
		complete("ln-approval", none, "intake", "accept", "予以受理", Map.of());
		String noneReview = claim("ln-expert", none, "review");
		assertThatThrownBy(() -> this.users.run("ln-expert",
				() -> this.workbench.complete(noneReview, "propose", "拟按C类",
						Map.of("proposal", "grant", "category", "C", "categoryReason", "临时岗位"))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("workpermit.error.cWithoutGround");
		this.users.run("ln-expert", () -> this.workbench.complete(noneReview, "propose", "不符合任何类别",
				Map.of("proposal", "refuse", "refusalReasons", "积分不足60分,不符合B类条件,用人单位亦未说明C类适用情形")));
		complete("ln-expert-head", none, "signOff", "approve", "同意不予许可", Map.of());
		CaseView refused = this.views.as("applicant", none);
		assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
		assertThat(refused.notices().get(refused.notices().size() - 1).body()).contains("未说明C类适用情形", "行政复议");
		noGround.put("cGround", "FORTUNE_TELLING");
		assertThatThrownBy(() -> submitted("applicant", "liaoning", noGround)).isInstanceOf(DomainException.class)
			.hasMessageContaining("workpermit.error.cGround")
			.satisfies((ex) -> assertThat(((DomainException) ex).field()).isEqualTo("cGround"));

		// A B-category person made C by the reviewer: no ground stated, refused.
		long b = submitted("applicant", "liaoning", WorkPermitFixtures.formB("C7778880"));
		complete("ln-approval", b, "intake", "accept", "予以受理", Map.of());
		String review = claim("ln-expert", b, "review");
		assertThatThrownBy(() -> this.users.run("ln-expert",
				() -> this.workbench.complete(review, "propose", "拟按C类",
						Map.of("proposal", "grant", "category", "C", "categoryReason", "岗位为临时性"))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("workpermit.error.cWithoutGround");

		// The quota: one place left this year, taken by the first C grant; the second
		// head's sign-off is refused and the task stays open.
		Committed.update(this.jdbc,
				"DELETE FROM doc_number_counter WHERE department_code = 'liaoning' AND notice_type = ?",
				"WORK-PERMIT-C");
		Committed.update(this.jdbc,
				"INSERT INTO doc_number_counter (department_code, notice_type, counter_year, last_value)"
						+ " VALUES ('liaoning', 'WORK-PERMIT-C', 2026, 199)");
		try {
			long first = proposedC("C7778881");
			long second = proposedC("C7778882");
			complete("ln-expert-head", first, "signOff", "approve", "同意", Map.of());
			assertThat(this.views.as("applicant", first).status()).isEqualTo(CaseStatus.GRANTED);
			String signOff = claim("ln-expert-head", second, "signOff");
			assertThatThrownBy(() -> this.users.run("ln-expert-head",
					() -> this.workbench.complete(signOff, "approve", "同意", Map.of())))
				.isInstanceOf(DomainException.class)
				.hasMessageContaining("workpermit.error.cQuota");
			assertThat(this.views.as("applicant", second).step()).isEqualTo("signOff");
			assertThat(this.views.as("applicant", second).status()).isEqualTo(CaseStatus.ACCEPTED);
			assertThat(
					this.jdbc.queryForObject(
							"SELECT last_value FROM doc_number_counter WHERE department_code"
									+ " = 'liaoning' AND notice_type = 'WORK-PERMIT-C' AND counter_year = 2026",
							Integer.class))
				.isEqualTo(200);
			// Refusing it is still possible.
			this.users.run("ln-expert-head",
					() -> this.workbench.complete(signOff, "sendBack", "配额已满,请重新审查", Map.of()));
			complete("ln-expert", second, "review", "propose", "配额已满",
					Map.of("proposal", "refuse", "refusalReasons", "本年度外国普通人员配额已用完"));
			complete("ln-expert-head", second, "signOff", "approve", "同意不予许可", Map.of());
			assertThat(this.views.as("applicant", second).status()).isEqualTo(CaseStatus.REFUSED);
		}
		finally {
			Committed.update(this.jdbc,
					"DELETE FROM doc_number_counter WHERE department_code = 'liaoning' AND notice_type = ?",
					"WORK-PERMIT-C");
		}
	}

	private long proposedC(String passport) {
		long id = submitted("applicant", "liaoning", WorkPermitFixtures.formC(passport));
		assertThat(this.views.as("applicant", id).form()).containsEntry("proposedCategory", "C")
			.containsEntry("cGround", "SEASONAL");
		complete("ln-approval", id, "intake", "accept", "予以受理", Map.of());
		complete("ln-expert", id, "review", "propose", "季节性劳务,拟按C类准予", Map.of("proposal", "grant", "category", "C"));
		return id;
	}

	/**
	 * Already in China: no Notice-and-visa step, the office issues the card after the
	 * decision; another visa in China is for category A only.
	 */
	@Test
	void anInCountryApplicationGetsTheCardStraightAfterTheDecision() {
		Map<String, Object> otherVisa = WorkPermitFixtures.formB("K1212121");
		otherVisa.put("inCountry", "true");
		otherVisa.put("inCountryBasis", "CATEGORY_A_OTHER_VISA");
		assertThatThrownBy(() -> submitted("applicant", "liaoning", otherVisa)).isInstanceOf(DomainException.class)
			.hasMessageContaining("workpermit.error.inCountryNotA")
			.satisfies((ex) -> assertThat(((DomainException) ex).field()).isEqualTo("inCountryBasis"));
		otherVisa.remove("inCountryBasis");
		assertThatThrownBy(() -> submitted("applicant", "liaoning", otherVisa)).isInstanceOf(DomainException.class)
			.satisfies((ex) -> assertThat(((DomainException) ex).field()).isEqualTo("inCountryBasis"));

		Map<String, Object> form = WorkPermitFixtures.formB("K1212122");
		form.put("inCountry", "true");
		form.put("inCountryBasis", "WORK_RESIDENCE_PERMIT");
		long id = granted("applicant", "liaoning", form);
		CaseView granted = this.views.as("applicant", id);
		assertThat(granted.step()).isEqualTo("cardIssue");
		assertThat(granted.division()).isEqualTo("ln.office");
		CaseView.NoticeView notice = granted.notices().get(granted.notices().size() - 1);
		assertThat(notice.type()).isEqualTo("WORK_PERMIT_NOTICE");
		assertThat(notice.body()).contains("境内申请", "无需办理签证", "本通知不是签证").doesNotContain("字签证", "入境后");
		// The office has its card-issue limit from the decision.
		assertThat(this.tasks.groupQueue("ln-approval", id)).singleElement()
			.satisfies((task) -> assertThat(task.due()).isEqualTo(LocalDate.of(2026, 11, 9)));
		complete("ln-approval", id, "cardIssue", "issue", "核发工作许可证", Map.of());
		PermitView card = this.users.as("applicant", () -> this.permits.forCase(id)).orElseThrow();
		assertThat(card.entryDate()).isNull();
		assertThat(card.issuedOn()).isEqualTo(DAY);
		assertThat(this.views.as("applicant", id).status()).isEqualTo(CaseStatus.GRANTED);
	}

	@Test
	void categoryAIsToldOfTheRVisaWithAConfirmationLetter() {
		long id = submitted("applicant", "liaoning", WorkPermitFixtures.formA("R4545454"));
		complete("ln-approval", id, "intake", "accept", "予以受理", Map.of());
		complete("ln-expert", id, "review", "propose", "A类,拟准予", Map.of("proposal", "grant", "category", "A"));
		complete("ln-expert-head", id, "signOff", "approve", "同意", Map.of());
		CaseView granted = this.views.as("applicant", id);
		assertThat(granted.step()).isEqualTo("cardApplication");
		assertThat(granted.notices()).extracting(CaseView.NoticeView::type)
			.containsSubsequence("WORK_PERMIT_NOTICE", "TALENT_CONFIRMATION");
		CaseView.NoticeView notice = granted.notices().get(granted.notices().size() - 2);
		assertThat(notice.body()).contains("R字签证", "外国高端人才确认函", "本通知不是签证", "R4545454");
		CaseView.NoticeView letter = granted.notices().get(granted.notices().size() - 1);
		assertThat(letter.title()).isEqualTo("外国高端人才确认函");
		assertThat(letter.number()).contains("外确字");
		assertThat(letter.body()).contains(notice.number(), "R字签证");
	}

	/**
	 * Work of 90 days or less: the form, the contract or invitation and the passport are
	 * enough; longer work needs every material.
	 */
	@Test
	void shortTermWorkIsAppliedForOnFewerMaterials() {
		List<String> fewer = List.of("application-form", "contract", "passport");
		Map<String, Object> shortForm = WorkPermitFixtures.shortTerm(WorkPermitFixtures.formB("S3434343"));
		shortForm.remove("criminalRecordIssuedOn");
		long shortId = this.users.as("applicant", () -> {
			long id = this.cases.create("liaoning", "work-permit", shortForm).id();
			fewer.forEach((material) -> this.cases.upload(id, material, material + ".pdf", PDF));
			this.cases.submit(id);
			return id;
		});
		assertThat(this.views.as("applicant", shortId).status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(this.views.as("applicant", shortId).clock().intakeDeadline()).isEqualTo(LocalDate.of(2026, 11, 9));

		Map<String, Object> longForm = WorkPermitFixtures.formB("S3434344");
		long longId = this.users.as("applicant", () -> {
			long id = this.cases.create("liaoning", "work-permit", longForm).id();
			fewer.forEach((material) -> this.cases.upload(id, material, material + ".pdf", PDF));
			return id;
		});
		assertThatThrownBy(() -> this.users.run("applicant", () -> this.cases.submit(longId)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("case.error.missingMaterials");
		assertThat(this.views.as("applicant", longId).status()).isEqualTo(CaseStatus.DRAFT);
		// Without the criminal-record date, longer work is refused naming the field.
		longForm.remove("criminalRecordIssuedOn");
		assertThatThrownBy(() -> submitted("applicant", "liaoning", longForm)).isInstanceOf(DomainException.class)
			.satisfies((ex) -> assertThat(((DomainException) ex).field()).isEqualTo("criminalRecordIssuedOn"));
	}

	/**
	 * Art. 50: an extension not decided when the card expires is deemed granted; a change
	 * is never deemed decided.
	 */
	@Test
	void anExtensionUndecidedAtExpiryIsDeemedGranted() {
		long id = granted("applicant", "liaoning", WorkPermitFixtures.formB("D5656565"));
		this.users.run("applicant", () -> this.permits.applyForCard(id, DAY.toString()));
		complete("ln-approval", id, "cardIssue", "issue", "发证", Map.of());
		String number = this.users.as("applicant", () -> this.permits.forCase(id)).orElseThrow().permitNumber();
		this.clock.setDate(LocalDate.of(2028, 10, 2));
		// The card is the organisation's: a colleague of the applying account extends it.
		String colleague = "wp-ext-" + (System.nanoTime() % 1_000_000);
		this.users.run("applicant", () -> this.organisations
			.addMember(new NewMember(colleague, "Colleague-Pass-2026", "王同事", "13900000001", null)));
		assertThat(this.users.as(colleague, () -> this.permits.mine(PageRequest.of(0, 100))).getContent())
			.extracting(PermitView::permitNumber)
			.contains(number);
		long extension = amendment(colleague, "work-permit-extension",
				Map.of("permitNumber", number, "newContractEnd", "2030-11-30", "passportExpiry", "2031-01-01"));
		long change = amendment("applicant", "work-permit-change",
				Map.of("permitNumber", number, "changeKind", "POST", "newValue", "首席工程师", "changedOn", "2028-10-01"));
		complete("ln-approval", change, "intake", "accept", "予以受理", Map.of());
		// Intake not decided within its 5 working days: deemed accepted (Art. 32).
		Job intakeLimit = timer(extension, "intakeTimeout");
		this.managementService.executeJob(this.managementService.moveTimerToExecutableJob(intakeLimit.getId()).getId());
		assertThat(this.views.as(colleague, extension).status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(this.views.as(colleague, extension).step()).isEqualTo("review");
		assertThat(groupQueue("ln-approval", extension)).isEmpty();
		complete("ln-expert", extension, "review", "approve", "同意延期", Map.of());
		assertThat(this.views.as(colleague, extension).step()).isEqualTo("signOff");
		// A change is never deemed decided: no timer; the extension's is the card's last
		// day.
		assertThat(timer(change, "cardExpired")).isNull();
		Job expiry = timer(extension, "cardExpired");
		assertThat(expiry.getDuedate().toInstant().atZone(this.clock.getZone()).toLocalDate())
			.isEqualTo(LocalDate.of(2028, 11, 30));

		this.clock.setDate(LocalDate.of(2028, 12, 1));
		this.managementService.executeJob(this.managementService.moveTimerToExecutableJob(expiry.getId()).getId());
		CaseView deemed = this.views.as(colleague, extension);
		assertThat(deemed.status()).isEqualTo(CaseStatus.GRANTED);
		assertThat(deemed.step()).isNull();
		assertThat(deemed.notices().get(deemed.notices().size() - 1).body()).contains("第五十条", "视为准予延续", "2030-11-30");
		assertThat(this.permits.verify(number).validUntil()).isEqualTo(LocalDate.of(2030, 11, 30));
		assertThat(this.permits.verify(number).status()).isEqualTo(PermitStatus.VALID);
		assertThat(this.permits.verify(number).localNumber()).isTrue();
		assertThat(groupQueue("ln-expert-head", extension)).isEmpty();
		// The change goes on as before.
		assertThat(this.views.as("applicant", change).step()).isEqualTo("review");
	}

	private Job timer(long caseId, String element) {
		String process = this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(caseId))
			.singleResult()
			.getId();
		return this.managementService.createTimerJobQuery()
			.processInstanceId(process)
			.elementId(element)
			.singleResult();
	}

	/**
	 * Cases the previous release received (no in-country flag, no C ground asked for) run
	 * to the end on their own process version: short-term work still goes on to the card
	 * its Notice announces, and category C is judged as before.
	 */
	@Test
	void casesReceivedByThePreviousReleaseRunAsTheyBegan() {
		long shortTerm = this.previous.startedOn("work-permit.bpmn20.xml", () -> submitted("applicant", "liaoning",
				WorkPermitFixtures.shortTerm(WorkPermitFixtures.formB("V1010101"))));
		Map<String, Object> noGround = WorkPermitFixtures.formC("V1010102");
		noGround.remove("cGround");
		long categoryC = this.previous.startedOn("work-permit.bpmn20.xml",
				() -> submitted("applicant", "liaoning", noGround));
		for (long id : new long[] { shortTerm, categoryC }) {
			this.runtimeService.removeVariable(processOf(id), "inCountry");
			complete("ln-approval", id, "intake", "accept", "予以受理", Map.of());
		}
		complete("ln-expert", shortTerm, "review", "propose", "拟准予", Map.of("proposal", "grant", "category", "B"));
		complete("ln-expert-head", shortTerm, "signOff", "approve", "同意", Map.of());
		CaseView granted = this.views.as("applicant", shortTerm);
		assertThat(granted.step()).isEqualTo("cardApplication");
		assertThat(granted.notices().get(granted.notices().size() - 1).body()).contains("入境后 15 日内");

		complete("ln-expert", categoryC, "review", "propose", "拟按C类准予",
				Map.of("proposal", "grant", "category", "C", "categoryReason", "季节性岗位"));
		complete("ln-expert-head", categoryC, "signOff", "approve", "同意", Map.of());
		assertThat(this.views.as("applicant", categoryC).status()).isEqualTo(CaseStatus.GRANTED);
	}

	private String processOf(long caseId) {
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(caseId))
			.singleResult()
			.getId();
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		assertRefused(Map.of("nationality", "XYZ"), "nationality", "workpermit.error.nationality");
		assertRefused(Map.of("nationality", "CHN"), "nationality", "workpermit.error.chinese");
		assertRefused(Map.of("passportExpiry", "2028-06-30"), "passportExpiry", "workpermit.error.passportExpiry");
		assertRefused(Map.of("dateOfBirth", "2010-01-01"), "dateOfBirth", "workpermit.error.age");
		assertRefused(Map.of("annualSalaryCny", "-1"), "annualSalaryCny", "workpermit.error.salary");
		assertRefused(Map.of("annualSalaryCny", "900000000"), "annualSalaryCny", "workpermit.error.salary");
		assertRefused(Map.of("criminalRecordIssuedOn", "2026-05-02"), "criminalRecordIssuedOn",
				"workpermit.error.criminalRecordTooOld");
		assertRefused(Map.of("shortTerm", "true"), "shortTerm", "workpermit.error.shortTerm");
		assertRefused(Map.of("contractEnd", "2026-11-30"), "contractEnd", "workpermit.error.contractPeriod");
		assertRefused(Map.of("dateOfBirth", "14.03.1985"), "dateOfBirth", "workpermit.error.date");
		assertRefused(Map.of("previousPermitNumber", "LNWP2026999999"), "previousPermitNumber",
				"workpermit.error.previousPermit");
		// The certificate issued 6 months less a day ago is fine.
		long ok = submitted("applicant", "jilin", with(Map.of("criminalRecordIssuedOn", "2026-05-03")));
		assertThat(this.views.as("applicant", ok).status()).isEqualTo(CaseStatus.SUBMITTED);
	}

	@Test
	void personalDataOnlyForTheEmployerAndTheStaffHandlingTheCase() {
		long id = submitted("applicant", "jilin", WorkPermitFixtures.formB("M4445556"));
		assertThat(this.views.as("applicant", id).form()).containsEntry("passportNumber", "M4445556")
			.containsEntry("dateOfBirth", "1985-03-14");
		// 国际合作处 handles no step of a Jilin work permit: masked like for any other staff.
		assertThat(this.views.as("jl-intl", id).form()).containsEntry("passportNumber", "M4****56");
		assertThat(this.views.as("jl-approval", id).form()).containsEntry("passportNumber", "M4445556");
		CaseView admin = this.views.as("admin", id);
		assertThat(admin.form()).containsEntry("passportNumber", "M4****56")
			.containsEntry("dateOfBirth", "1985-**-**")
			.containsEntry("holderName", "SMITH JOHN");
		// Lists carry no personal data at all.
		List<InboxItem> queue = groupQueue("jl-approval", id);
		assertThat(queue).hasSize(1);
		assertThat(queue.get(0).toString()).doesNotContain("M4445556", "1985-03-14");
		// Other departments' staff do not see the case.
		assertThatThrownBy(() -> this.views.as("ln-expert", id)).isInstanceOf(DomainException.class);
		// The Notice carries the full passport number to its addressees only: 国际合作处,
		// not routed for work permits, reads it masked.
		complete("jl-approval", id, "intake", "accept", "予以受理", Map.of());
		complete("jl-approval", id, "review", "propose", "拟准予", Map.of("proposal", "grant", "category", "B"));
		complete("jl-approval-head", id, "signOff", "approve", "同意", Map.of());
		List<CaseView.NoticeView> notices = this.views.as("jl-intl", id).notices();
		assertThat(notices.get(notices.size() - 1).body()).contains("M4****56").doesNotContain("M4445556");
		assertThat(this.views.as("jl-approval", id).notices().get(notices.size() - 1).body()).contains("M4445556");
	}

	private void assertRefused(Map<String, Object> change, String field, String key) {
		assertThatThrownBy(() -> submitted("applicant", "jilin", with(change))).isInstanceOf(DomainException.class)
			.hasMessageContaining(key)
			.satisfies((ex) -> assertThat(((DomainException) ex).field()).isEqualTo(field));
	}

	private static Map<String, Object> with(Map<String, Object> change) {
		Map<String, Object> form = WorkPermitFixtures.formB("Z" + Math.abs(change.hashCode() % 10_000_000));
		form.putAll(change);
		return form;
	}

	long amendment(String employer, String item, Map<String, Object> form) {
		return this.users.as(employer, () -> {
			long id = this.cases.create("liaoning", item, form).id();
			if (item.endsWith("extension")) {
				this.cases.upload(id, "contract", "contract.pdf", PDF);
				this.cases.upload(id, "passport", "passport.pdf", PDF);
			}
			else {
				this.cases.upload(id, "change-proof", "proof.pdf", PDF);
			}
			this.cases.submit(id);
			return id;
		});
	}

	long granted(String employer, String department, Map<String, Object> form) {
		return this.fixtures.granted(employer, department, form);
	}

	long submitted(String employer, String department, Map<String, Object> form) {
		return this.fixtures.submitted(employer, department, form);
	}

	String claim(String user, long caseId, String step) {
		return this.tasks.claim(user, caseId, step);
	}

	void complete(String user, long caseId, String step, String outcome, String opinion, Map<String, Object> fields) {
		this.tasks.complete(user, caseId, step, outcome, opinion, fields);
	}

	List<InboxItem> groupQueue(String user, long caseId) {
		return this.tasks.groupQueue(user, caseId);
	}

}
