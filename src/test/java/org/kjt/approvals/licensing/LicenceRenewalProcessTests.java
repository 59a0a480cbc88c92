package org.kjt.approvals.licensing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.kjt.approvals.inbox.Workbench;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;
import org.kjt.approvals.support.TestFiles;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Walks every path of processes/licence-renewal.bpmn20.xml: renewed after review and
 * sign-off (with a send-back), refused with reasons, deemed renewed when nobody decided
 * before expiry (Art. 50), and the submissions refused before anything starts.
 */
@ApprovalsTest
class LicenceRenewalProcessTests {

	static final LocalDate DAY = LocalDate.of(2026, 9, 24);

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	Cases cases;

	@Autowired
	Licences licences;

	@Autowired
	LicenceRepository repository;

	@Autowired
	Accounts accounts;

	@Autowired
	Users users;

	@Autowired
	CaseViews views;

	@Autowired
	MutableClock clock;

	@Autowired
	Tasks tasks;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	Workbench workbench;

	@Autowired
	ManagementService managementService;

	@BeforeEach
	void day() {
		this.clock.setDate(DAY);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void renewedAfterReviewAndSignOffWithASendBack() {
		String number = licence("applicant", "liaoning", DAY.plusDays(60));
		long id = applied("applicant", "liaoning", number);
		CaseView accepted = this.views.as("applicant", id);
		assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(accepted.step()).isEqualTo("review");
		assertThat(accepted.division()).isEqualTo("ln.office");
		assertThat(accepted.form()).containsEntry("validUntil", DAY.plusDays(60).toString());
		this.tasks.complete("ln-approval", id, "review", "propose", "设施条件持续符合", Map.of("proposal", "grant"));
		this.tasks.complete("ln-approval-head", id, "signOff", "sendBack", "请核对检测报告日期", Map.of());
		assertThat(this.views.as("applicant", id).step()).isEqualTo("review");
		this.tasks.complete("ln-approval", id, "review", "propose", "已核对", Map.of("proposal", "grant"));
		this.tasks.complete("ln-approval-head", id, "signOff", "approve", "同意延续", Map.of());

		CaseView renewed = this.views.as("applicant", id);
		assertThat(renewed.status()).isEqualTo(CaseStatus.GRANTED);
		assertThat(renewed.step()).isNull();
		CaseView.NoticeView decision = renewed.notices().get(renewed.notices().size() - 1);
		assertThat(decision.title()).isEqualTo("准予延续行政许可决定书");
		assertThat(decision.body()).contains(number, "第五十条", DAY.plusDays(60).plusYears(5).toString());
		assertThat(this.licences.verify(number).validUntil()).isEqualTo(DAY.plusDays(60).plusYears(5));
		assertThat(this.licences.verify(number).status()).isEqualTo(LicenceStatus.VALID);
	}

	@Test
	void refusedWithReasonsAndRemediesTheLicenceEndsAsItStands() {
		String number = licence("applicant", "jilin", DAY.plusDays(45));
		long id = applied("applicant", "jilin", number);
		String review = this.tasks.claim("jl-approval", id, "review");
		assertThatThrownBy(() -> this.users.run("jl-approval",
				() -> this.workbench.complete(review, "propose", "不予延续", Map.of("proposal", "refuse"))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("refusalReasons");
		this.users.run("jl-approval", () -> this.workbench.complete(review, "propose", "不予延续",
				Map.of("proposal", "refuse", "refusalReasons", "屏障设施环境指标连续两次不合格")));
		this.tasks.complete("jl-approval-head", id, "signOff", "approve", "同意", Map.of());
		CaseView refused = this.views.as("applicant", id);
		assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
		CaseView.NoticeView decision = refused.notices().get(refused.notices().size() - 1);
		assertThat(decision.type()).isEqualTo("REFUSAL");
		assertThat(decision.body()).contains("屏障设施环境指标连续两次不合格", "行政复议", "行政诉讼");
		assertThat(this.licences.verify(number).validUntil()).isEqualTo(DAY.plusDays(45));
	}

	@Test
	void deemedRenewedWhenNobodyDecidedBeforeExpiry() {
		String number = licence("applicant", "liaoning", DAY.plusDays(40));
		long id = applied("applicant", "liaoning", number);
		this.tasks.complete("ln-approval", id, "review", "propose", "拟准予", Map.of("proposal", "grant"));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("signOff");
		// The head never signs; the licence's last valid day ends.
		this.clock.setDate(DAY.plusDays(41));
		String process = this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(id))
			.singleResult()
			.getId();
		Job expiry = this.managementService.createTimerJobQuery()
			.processInstanceId(process)
			.elementId("licenceExpires")
			.singleResult();
		this.managementService.executeJob(this.managementService.moveTimerToExecutableJob(expiry.getId()).getId());

		CaseView deemed = this.views.as("applicant", id);
		assertThat(deemed.status()).isEqualTo(CaseStatus.GRANTED);
		assertThat(deemed.step()).isNull();
		assertThat(deemed.notices().get(deemed.notices().size() - 1).title()).isEqualTo("视为准予延续告知书");
		assertThat(this.licences.verify(number).validUntil()).isEqualTo(DAY.plusDays(40).plusYears(5));
		assertThat(this.tasks.groupQueue("ln-approval-head", id)).isEmpty();
	}

	@Test
	void onlyTheHolderInTimeWhileTheLicenceIsValid() {
		String number = licence("applicant", "liaoning", DAY.plusDays(60));
		assertRefused("applicant2", "liaoning", number, "licence.error.notHolder");
		assertRefused("applicant", "jilin", number, "licence.error.notHolder");
		assertRefused("applicant", "liaoning", "SCXK(辽)2026-9999", "licence.error.notFound");
		assertRefused("applicant", "liaoning", licence("applicant", "liaoning", DAY.plusDays(30).minusDays(1)),
				"licence.error.renewalTooLate");
		assertRefused("applicant", "liaoning", licence("applicant", "liaoning", DAY.plusMonths(6).plusDays(1)),
				"licence.error.renewalTooEarly");
		assertRefused("applicant", "liaoning", licence("applicant", "liaoning", DAY.minusDays(1)),
				"licence.error.notValid");
		// The edges: exactly 30 days before expiry, and the first day of the window.
		applied("applicant", "liaoning", licence("applicant", "liaoning", DAY.plusDays(30)));
		applied("applicant", "liaoning", licence("applicant", "liaoning", DAY.plusMonths(6)));
	}

	private void assertRefused(String unit, String department, String number, String key) {
		assertThatThrownBy(() -> applied(unit, department, number)).isInstanceOf(DomainException.class)
			.hasMessageContaining(key)
			.satisfies((ex) -> assertThat(((DomainException) ex).field()).isEqualTo("licenceNumber"));
	}

	/** A licence held by the unit, as the licensing process issues it. */
	private String licence(String holder, String department, LocalDate validUntil) {
		long grantingCase = this.users.as(holder,
				() -> this.cases
					.create(department, "lab-animal-production",
							Map.of("scope", "SPF级 SD 大鼠", "facilityAddress", "示例路1号", "legalRepresentative", "张三"))
					.id());
		String number = "SCXK(%s)2021-R%03d".formatted("jilin".equals(department) ? "吉" : "辽",
				SEQUENCE.incrementAndGet());
		String creditCode = this.accounts.find(holder).orElseThrow().creditCode();
		this.repository.save(new Licence(number, grantingCase, department, "lab-animal-production", "持证单位", creditCode,
				"SPF级 SD 大鼠", validUntil.minusYears(5).plusDays(1), validUntil));
		return number;
	}

	/**
	 * Renewal gets intake like any application (Art. 32): one correction notice listing
	 * everything, then accepted; not accepted with reasons and remedies; deemed accepted
	 * when the 5 working days pass undecided.
	 */
	@Test
	void intakeCorrectsOnceNotAcceptsOrIsDeemedToAccept() {
		long id = submitted("applicant", "liaoning", licence("applicant", "liaoning", DAY.plusDays(60)));
		assertThat(this.views.as("applicant", id).status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(this.views.as("applicant", id).step()).isEqualTo("intake");
		this.tasks.complete("ln-approval", id, "intake", "correct", "检测报告不清晰",
				Map.of("items", Map.of("facility-test-report", "检测报告扫描件不清晰")));
		CaseView correction = this.views.as("applicant", id);
		assertThat(correction.status()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);
		assertThat(correction.notices().get(0).type()).isEqualTo("CORRECTION");
		assertThat(correction.notices().get(0).body()).contains("检测报告扫描件不清晰");
		this.users.run("applicant", () -> {
			this.cases.upload(id, "facility-test-report", "检测报告.pdf", TestFiles.PDF);
			this.cases.resubmit(id, "已重新上传");
		});
		// One correction notice lists everything: a material it did not name cannot be
		// asked
		// for now.
		String again = this.tasks.claim("ln-approval", id, "intake");
		assertThatThrownBy(() -> this.users.run("ln-approval",
				() -> this.workbench.complete(again, "correct", "申请书未签字",
						Map.of("items", Map.of("application-form", "申请书未签字")))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("task.error.singleCorrection");
		this.users.run("ln-approval", () -> this.workbench.complete(again, "accept", "予以受理", Map.of()));
		CaseView accepted = this.views.as("applicant", id);
		assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(accepted.step()).isEqualTo("review");
		assertThat(accepted.notices()).extracting(CaseView.NoticeView::type)
			.containsExactly("CORRECTION", "ACCEPTANCE");

		long refused = submitted("applicant", "liaoning", licence("applicant", "liaoning", DAY.plusDays(50)));
		this.tasks.complete("ln-approval", refused, "intake", "reject", "申请材料弄虚作假", Map.of("reason", "检测报告与设施不符"));
		CaseView notAccepted = this.views.as("applicant", refused);
		assertThat(notAccepted.status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
		assertThat(notAccepted.notices().get(0).type()).isEqualTo("NON_ACCEPTANCE");
		assertThat(notAccepted.notices().get(0).body()).contains("检测报告与设施不符", "行政诉讼");

		long late = submitted("applicant", "liaoning", licence("applicant", "liaoning", DAY.plusDays(55)));
		this.clock.setDate(LocalDate.of(2026, 10, 9));
		this.tasks.fireTimer(late, "intakeTimeout");
		CaseView deemed = this.views.as("applicant", late);
		assertThat(deemed.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(deemed.step()).isEqualTo("review");
		assertThat(deemed.history()).extracting(CaseView.HistoryEntry::type).contains("DEEMED_ACCEPTED");
	}

	/** Submitted and accepted at intake by the department's approval office. */
	private long applied(String unit, String department, String number) {
		long id = submitted(unit, department, number);
		this.tasks.complete("jilin".equals(department) ? "jl-approval" : "ln-approval", id, "intake", "accept", "予以受理",
				Map.of());
		return id;
	}

	private long submitted(String unit, String department, String number) {
		return this.users.as(unit, () -> {
			Map<String, Object> form = new HashMap<>();
			form.put("licenceNumber", number);
			form.put("changesSinceIssue", "无重大变化");
			long id = this.cases.create(department, "lab-animal-licence-renewal", form).id();
			for (String material : List.of("application-form", "facility-test-report")) {
				this.cases.upload(id, material, material + ".pdf", TestFiles.PDF);
			}
			this.cases.submit(id);
			return id;
		});
	}

}
