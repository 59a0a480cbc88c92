package org.kjt.approvals.licensing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.cases.StepCompletion;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.TestFiles;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Walks every path of processes/licence-change.bpmn20.xml: changed after review and
 * sign-off (with a send-back), refused with reasons, and the submissions refused before
 * anything starts.
 */
@ApprovalsTest
class LicenceChangeProcessTests {

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
	StepCompletion stepCompletion;

	@BeforeEach
	void day() {
		this.clock.setDate(DAY);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/**
	 * Change gets intake like any application (Art. 32): one correction notice then
	 * accepted, not accepted with reasons, or deemed accepted after 5 working days.
	 */
	@Test
	void intakeCorrectsOnceNotAcceptsOrIsDeemedToAccept() {
		long id = submitted("applicant", "jilin", licence("applicant", "jilin", DAY.plusYears(2)),
				"LEGAL_REPRESENTATIVE", "李四");
		this.tasks.complete("jl-approval", id, "intake", "correct", "变更证明缺页",
				Map.of("items", Map.of("change-proof", "任免文件缺第二页")));
		assertThat(this.views.as("applicant", id).status()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);
		this.users.run("applicant", () -> {
			this.cases.upload(id, "change-proof", "任免文件.pdf", TestFiles.PDF);
			this.cases.resubmit(id, "已补全");
		});
		// A second notice is offered, for new defects of what was handed in again only.
		assertThat(this.stepCompletion.outcomes(id, "licence-change", "intake")).containsExactly("accept", "correct",
				"reject");
		this.tasks.complete("jl-approval", id, "intake", "accept", "予以受理", Map.of());
		assertThat(this.views.as("applicant", id).step()).isEqualTo("review");

		long refused = submitted("applicant", "jilin", licence("applicant", "jilin", DAY.plusYears(2)),
				"LEGAL_REPRESENTATIVE", "王五");
		this.tasks.complete("jl-approval", refused, "intake", "reject", "不属于变更事项", Map.of("reason", "应申请新证"));
		assertThat(this.views.as("applicant", refused).status()).isEqualTo(CaseStatus.NOT_ACCEPTED);

		long late = submitted("applicant", "jilin", licence("applicant", "jilin", DAY.plusYears(2)),
				"LEGAL_REPRESENTATIVE", "赵六");
		this.clock.setDate(LocalDate.of(2026, 10, 9));
		this.tasks.fireTimer(late, "intakeTimeout");
		CaseView deemed = this.views.as("applicant", late);
		assertThat(deemed.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(deemed.step()).isEqualTo("review");
	}

	@Test
	void theFacilityAddressIsChangedAfterReviewAndSignOff() {
		String number = licence("applicant", "liaoning", DAY.plusYears(2));
		long id = applied("applicant", "liaoning", number, "FACILITY_ADDRESS", "沈阳市浑南区创新路88号");
		CaseView accepted = this.views.as("applicant", id);
		assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(accepted.step()).isEqualTo("review");
		assertThat(accepted.form()).containsEntry("currentValue", "沈阳市示例路1号");
		this.tasks.complete("ln-approval", id, "review", "propose", "新址设施经核查符合要求", Map.of("proposal", "grant"));
		this.tasks.complete("ln-approval-head", id, "signOff", "sendBack", "请附新址检测报告", Map.of());
		this.tasks.complete("ln-approval", id, "review", "propose", "已补充", Map.of("proposal", "grant"));
		this.tasks.complete("ln-approval-head", id, "signOff", "approve", "同意变更", Map.of());

		CaseView changed = this.views.as("applicant", id);
		assertThat(changed.status()).isEqualTo(CaseStatus.GRANTED);
		assertThat(changed.step()).isNull();
		CaseView.NoticeView decision = changed.notices().get(changed.notices().size() - 1);
		assertThat(decision.title()).isEqualTo("准予变更行政许可决定书");
		assertThat(decision.body()).contains(number, "设施地址", "沈阳市示例路1号", "沈阳市浑南区创新路88号", "第四十九条");
		LicenceView licence = this.licences.verify(number);
		assertThat(licence.facilityAddress()).isEqualTo("沈阳市浑南区创新路88号");
		assertThat(licence.validUntil()).isEqualTo(DAY.plusYears(2));
	}

	@Test
	void aNewHolderNameIsRefusedWithReasonsAndTheLicenceStaysAsItIs() {
		String number = licence("applicant", "jilin", DAY.plusYears(1));
		long id = applied("applicant", "jilin", number, "HOLDER_NAME", "长春新名称生物科技有限公司");
		this.tasks.complete("jl-approval", id, "review", "propose", "不予变更",
				Map.of("proposal", "refuse", "refusalReasons", "营业执照尚未完成名称变更登记"));
		this.tasks.complete("jl-approval-head", id, "signOff", "approve", "同意", Map.of());
		CaseView refused = this.views.as("applicant", id);
		assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
		assertThat(refused.notices().get(refused.notices().size() - 1).body()).contains("营业执照尚未完成名称变更登记", "行政复议");
		assertThat(this.licences.verify(number).holder()).isEqualTo("长春示例生物科技有限公司");
	}

	@Test
	void onlyTheHolderOnlyTheseParticularsAndOnlyARealChange() {
		String number = licence("applicant", "liaoning", DAY.plusYears(1));
		refused("applicant2", "liaoning", number, "LEGAL_REPRESENTATIVE", "王五", "licenceNumber",
				"licence.error.notHolder");
		refused("applicant", "liaoning", number, "SCOPE", "SPF级 大鼠与小鼠", "changeType", "licence.error.changeType");
		refused("applicant", "liaoning", number, "LEGAL_REPRESENTATIVE", "张三", "newValue", "licence.error.unchanged");
		refused("applicant", "liaoning", number, "LEGAL_REPRESENTATIVE", " ", "newValue", "case.error.fieldRequired");
		refused("applicant", "liaoning", number, "FACILITY_ADDRESS", "路".repeat(201), "newValue",
				"licence.error.newValue");
		refused("applicant", "liaoning", licence("applicant", "liaoning", DAY.minusDays(1)), "LEGAL_REPRESENTATIVE",
				"王五", "licenceNumber", "licence.error.notValid");
	}

	private void refused(String unit, String department, String number, String type, String value, String field,
			String key) {
		assertThatThrownBy(() -> applied(unit, department, number, type, value)).isInstanceOf(DomainException.class)
			.hasMessageContaining(key)
			.satisfies((ex) -> assertThat(((DomainException) ex).field()).isEqualTo(field));
	}

	/** A licence held by the unit, with the particulars the licensing process records. */
	private String licence(String holder, String department, LocalDate validUntil) {
		long grantingCase = this.users
			.as(holder,
					() -> this.cases
						.create(department, "lab-animal-production",
								Map.of("scope", "SPF级 SD 大鼠", "facilityAddress", "沈阳市示例路1号", "legalRepresentative",
										"张三"))
						.id());
		String number = "SCXK(%s)2024-C%03d".formatted("jilin".equals(department) ? "吉" : "辽",
				SEQUENCE.incrementAndGet());
		String creditCode = this.accounts.find(holder).orElseThrow().creditCode();
		this.repository
			.save(new Licence(number, grantingCase, department, "lab-animal-production", "长春示例生物科技有限公司", creditCode,
					"SPF级 SD 大鼠", validUntil.minusYears(5).plusDays(1), validUntil)
				.particulars("沈阳市示例路1号", "张三"));
		return number;
	}

	/** Submitted and accepted at intake by the department's approval office. */
	private long applied(String unit, String department, String number, String type, String value) {
		long id = submitted(unit, department, number, type, value);
		assertThat(this.views.as(unit, id).step()).isEqualTo("intake");
		this.tasks.complete("jilin".equals(department) ? "jl-approval" : "ln-approval", id, "intake", "accept", "予以受理",
				Map.of());
		return id;
	}

	private long submitted(String unit, String department, String number, String type, String value) {
		return this.users.as(unit, () -> {
			Map<String, Object> form = new HashMap<>();
			form.put("licenceNumber", number);
			form.put("changeType", type);
			form.put("newValue", value);
			form.put("changeReason", "单位搬迁");
			long id = this.cases.create(department, "lab-animal-licence-change", form).id();
			for (String material : List.of("application-form", "change-proof")) {
				this.cases.upload(id, material, material + ".pdf", TestFiles.PDF);
			}
			this.cases.submit(id);
			return id;
		});
	}

}
