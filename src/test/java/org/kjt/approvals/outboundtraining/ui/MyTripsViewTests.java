package org.kjt.approvals.outboundtraining.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseSummary;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.cases.ui.TableInput;
import org.kjt.approvals.outboundtraining.OutboundFixtures;
import org.kjt.approvals.outboundtraining.OutboundTrainings;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.KaribuSupport;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MyTripsViewTests extends KaribuSupport {

	@Autowired
	Cases cases;

	@Autowired
	Users users;

	@Autowired
	CaseViews views;

	@Autowired
	MutableClock clock;

	@Autowired
	OutboundFixtures outbound;

	@Autowired
	Tasks tasks;

	@Autowired
	OutboundTrainings trainings;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@BeforeEach
	void day() {
		this.clock.setDate(LocalDate.of(2026, 11, 2));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theUnitConfirmsThePublicityAndFilesTheReport() {
		long id = this.outbound.submitted("applicant", "jilin", OutboundFixtures.general());
		login("applicant");
		UI.getCurrent().navigate("portal/outbound");
		@SuppressWarnings("unchecked")
		Grid<CaseSummary> trips = _get(Grid.class, (spec) -> spec.withId("trips"));
		List<CaseSummary> rows = GridKt._fetch(trips, 0, 100);
		assertThat(rows).extracting(CaseSummary::id).contains(id);
		assertThat(rows).allSatisfy((row) -> assertThat(row.item()).isIn(OutboundTrainings.ITEMS));

		UI.getCurrent().navigate("portal/outbound/" + id);
		assertThat(text(_get(VerticalLayout.class, (spec) -> spec.withId("trip-checks"))))
			.contains("团组 3 人,1 个国家,在外 5 天", "一般项目不作审批");
		assertThat(step()).contains("出行前公示");

		// Four working days: refused with the reason, still waiting for the publicity.
		this.clock.setDate(LocalDate.of(2026, 11, 9));
		publicity(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5));
		assertThat(_get(Span.class, (spec) -> spec.withId("publicity-refused")).getText()).contains("4 个工作日,不足 5 个工作日");
		assertThat(this.views.as("applicant", id).step()).isEqualTo("publicity");
		// Not over yet: refused before anything is recorded.
		int events = this.views.as("applicant", id).history().size();
		publicity(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20));
		assertThat(this.views.as("applicant", id).history()).hasSize(events);
		publicity(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("travel");
		UI.getCurrent().navigate("portal/outbound/" + id);
		assertThat(_get(VerticalLayout.class, (spec) -> spec.withId("trip-travel")).getElement().getTextRecursively())
			.contains("待出行");

		// The report, after return.
		this.clock.setDate(LocalDate.of(2026, 12, 21));
		this.tasks.fireTimer(id, "tripReturned");
		UI.getCurrent().navigate("portal/outbound/" + id);
		assertThat(_get(Span.class, (spec) -> spec.withId("report-due")).getText()).contains("2026-12-11",
				"2027-01-11");
		_get(TextField.class, (spec) -> spec.withId("report-cost")).setValue("不是金额");
		_get(TextArea.class, (spec) -> spec.withId("report-done")).setValue("完成培训课程12门");
		_get(DatePicker.class, (spec) -> spec.withId("report-published")).setValue(LocalDate.of(2026, 12, 21));
		_get(DatePicker.class, (spec) -> spec.withId("report-passports")).setValue(LocalDate.of(2026, 12, 15));
		_click(_get(Button.class, (spec) -> spec.withId("report-file")));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("report");
		_get(TextField.class, (spec) -> spec.withId("report-cost")).setValue("29500");
		_click(_get(Button.class, (spec) -> spec.withId("report-file")));
		CaseView closed = this.views.as("applicant", id);
		assertThat(closed.step()).isNull();
		assertThat(closed.history()).extracting(CaseView.HistoryEntry::type).contains("REPORT_FILED");
		assertThat(_find(Button.class, (spec) -> spec.withId("report-file"))).isEmpty();
	}

	@Test
	void aDepartureTooSoonAfterThePublicityIsRefused() {
		long id = this.outbound.submitted("applicant", "jilin", OutboundFixtures.general());
		this.clock.setDate(LocalDate.of(2026, 12, 7));
		login("applicant");
		UI.getCurrent().navigate("portal/outbound/" + id);
		publicity(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7));
		assertThat(_get(Span.class, (spec) -> spec.withId("publicity-refused")).getText())
			.contains("出发日期 2026-12-07 早于公示期满后的第一个工作日 2026-12-08");
		assertThat(this.views.as("applicant", id).step()).isEqualTo("publicity");
	}

	/**
	 * An official trip is the unit's trip too: applied for in Liaoning only, its limits
	 * shown as they bind, revised on its own form, published and reported on this page.
	 */
	@Test
	void anOfficialTripIsListedCheckedAndRevisedHere() {
		long id = this.outbound.officialSubmitted("applicant", OutboundFixtures.official());
		this.tasks.complete("ln-expert", id, "review", "return", "请补充", Map.of("returnReasons", "请说明合作的具体成果"));
		login("applicant");
		UI.getCurrent().navigate("portal/outbound");
		assertThat(_find(Anchor.class, (spec) -> spec.withId("apply-liaoning-official-trip"))).hasSize(1);
		assertThat(_find(Anchor.class, (spec) -> spec.withId("apply-jilin-official-trip"))).isEmpty();
		assertThat(_find(Anchor.class, (spec) -> spec.withId("apply-jilin-outbound-training"))).hasSize(1);
		@SuppressWarnings("unchecked")
		Grid<CaseSummary> trips = _get(Grid.class, (spec) -> spec.withId("trips"));
		assertThat(GridKt._fetch(trips, 0, 100)).extracting(CaseSummary::id).contains(id);

		UI.getCurrent().navigate("portal/outbound/" + id);
		assertThat(text(_get(VerticalLayout.class, (spec) -> spec.withId("trip-checks"))))
			.contains("团组 3 人,1 个国家,在外 5 天", "符合因公临时出国的限制");
		assertThat(_get(VerticalLayout.class, (spec) -> spec.withId("trip")).getElement().getTextRecursively())
			.contains("请说明合作的具体成果");
		// The official trip's own form: no training fields.
		assertThat(_find(TextField.class, (spec) -> spec.withId("revise-programmeName"))).isEmpty();
		_get(TextField.class, (spec) -> spec.withId("revise-tripPurpose")).setValue("商谈联合实验室建设并签署备忘录");
		_click(_get(Button.class, (spec) -> spec.withId("revise-submit")));
		CaseView revised = this.views.as("applicant", id);
		assertThat(revised.step()).isEqualTo("review");
		assertThat(revised.form()).containsEntry("tripPurpose", "商谈联合实验室建设并签署备忘录");
	}

	@Test
	void aReturnedTripIsRevisedOnItsPageAndTheCaseLinksThere() {
		long id = this.outbound.submitted("applicant", "liaoning", OutboundFixtures.general());
		this.tasks.complete("ln-expert", id, "completenessCheck", "return", "缺译文",
				Map.of("returnReasons", "请补充邀请函中文译文"));
		login("applicant");
		UI.getCurrent().navigate("portal/case/" + id);
		assertThat(_get(Anchor.class, (spec) -> spec.withId("act-on-step")).getHref())
			.isEqualTo("portal/outbound/" + id);
		// The licensing correction box does not apply to this step.
		assertThat(_find(Button.class, (spec) -> spec.withId("resubmit"))).isEmpty();

		UI.getCurrent().navigate("portal/outbound/" + id);
		assertThat(_get(VerticalLayout.class, (spec) -> spec.withId("trip")).getElement().getTextRecursively())
			.contains("请补充邀请函中文译文");
		// Nothing changed: nothing is sent.
		_click(_get(Button.class, (spec) -> spec.withId("revise-submit")));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("revise");
		// A participant under 18 is not a valid entry: refused, nothing stored.
		_get(TableInput.class, (spec) -> spec.withId("revise-participants"))
			.setValue(OutboundFixtures.general().get("participants") + ";吴九|学生|辽宁大学|17");
		_click(_get(Button.class, (spec) -> spec.withId("revise-submit")));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("revise");
		assertThat(this.views.as("applicant", id).form().get("participants").toString()).doesNotContain("吴九");
		_get(TableInput.class, (spec) -> spec.withId("revise-participants"))
			.setValue(OutboundFixtures.general().get("participants").toString());
		_get(TextField.class, (spec) -> spec.withId("revise-invitation")).setValue("邀请函及中文译文");
		_click(_get(Button.class, (spec) -> spec.withId("revise-submit")));
		CaseView revised = this.views.as("applicant", id);
		assertThat(revised.step()).isEqualTo("completenessCheck");
		// Liaoning checks a general project for completeness before filing it.
		assertThat(revised.status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(revised.form()).containsEntry("invitation", "邀请函及中文译文");
	}

	@Test
	void aChangeOfParticipantsGoesBackForSignOffAndAWithdrawalEndsTheTrip() {
		long id = this.outbound.submitted("applicant", "liaoning", OutboundFixtures.key());
		this.tasks.complete("ln-expert", id, "review", "propose", "同意", Map.of("reviewOpinion", "agree"));
		this.tasks.complete("ln-expert-head", id, "signOff", "approve", "同意", Map.of());
		login("applicant");
		UI.getCurrent().navigate("portal/outbound/" + id);
		String three = "张三|研究员|省科学院|45;李四|副研究员|省科学院|38;王五|工程师|省科学院|30";
		_get(TableInput.class, (spec) -> spec.withId("participants")).setValue(three);
		_click(_get(Button.class, (spec) -> spec.withId("participants-change")));
		// Checked again: the budget is now 3 333 CNY per person per day, a breach that
		// needs a justification; nothing is changed without one.
		assertThat(this.views.as("applicant", id).step()).isEqualTo("publicity");
		assertThat(this.views.as("applicant", id).form().get("participants").toString()).contains("赵六");
		_get(TextField.class, (spec) -> spec.withId("participants-justification")).setValue("一人因病不能成行,经费按原预算控制");
		_click(_get(Button.class, (spec) -> spec.withId("participants-change")));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("review");
		assertThat(this.views.as("applicant", id).form().get("participants")).isEqualTo(three);
		assertThat(this.views.as("applicant", id).form().get("breaches").toString()).contains("人均每日经费");
		assertThat(_find(Button.class, (spec) -> spec.withId("participants-change"))).isEmpty();

		this.tasks.complete("ln-expert", id, "review", "propose", "同意", Map.of("reviewOpinion", "agree"));
		this.tasks.complete("ln-expert-head", id, "signOff", "approve", "同意", Map.of());
		// The breach now takes it to the leader.
		this.tasks.complete("ln-leader", id, "leaderSignOff", "approve", "同意", Map.of());
		UI.getCurrent().navigate("portal/outbound/" + id);
		_get(TextField.class, (spec) -> spec.withId("trip-withdraw-reason")).setValue("行程取消");
		_click(_get(Button.class, (spec) -> spec.withId("trip-withdraw")));
		assertThat(this.views.as("applicant", id).status()).isEqualTo(CaseStatus.WITHDRAWN);
	}

	@Test
	void anOverdueReportCanStillBeFiledAndIsMarkedLate() {
		long id = this.outbound.submitted("applicant", "liaoning", OutboundFixtures.key());
		this.tasks.complete("ln-expert", id, "review", "propose", "同意", Map.of("reviewOpinion", "agree"));
		this.tasks.complete("ln-expert-head", id, "signOff", "approve", "同意", Map.of());
		this.clock.setDate(LocalDate.of(2026, 11, 30));
		this.users.run("applicant", () -> this.trainings.confirmPublicity(id, "2026-11-20", "2026-11-26"));
		this.tasks.fireTimer(id, "tripReturned");
		String process = this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(id))
			.singleResult()
			.getId();
		Job overdue = this.managementService.createTimerJobQuery()
			.processInstanceId(process)
			.elementId("reportOverdue")
			.singleResult();
		this.managementService.executeJob(this.managementService.moveTimerToExecutableJob(overdue.getId()).getId());

		this.clock.setDate(LocalDate.of(2027, 1, 25));
		login("applicant");
		UI.getCurrent().navigate("portal/outbound/" + id);
		assertThat(step()).contains("回国报告");
		assertThat(_get(Span.class, (spec) -> spec.withId("report-due")).getText()).contains("已逾期", "2027-01-20");
		_get(TextArea.class, (spec) -> spec.withId("report-done")).setValue("完成培训");
		_get(TextField.class, (spec) -> spec.withId("report-cost")).setValue("138000");
		_get(DatePicker.class, (spec) -> spec.withId("report-published")).setValue(LocalDate.of(2027, 1, 25));
		_get(DatePicker.class, (spec) -> spec.withId("report-passports")).setValue(LocalDate.of(2026, 12, 22));
		_click(_get(Button.class, (spec) -> spec.withId("report-file")));
		CaseView closed = this.views.as("applicant", id);
		assertThat(closed.step()).isNull();
		assertThat(closed.history()).extracting(CaseView.HistoryEntry::detail)
			.anyMatch((detail) -> detail != null && detail.startsWith("逾期提交回国报告"));
	}

	@Test
	void anotherUnitCannotOpenTheTrip() {
		long id = this.outbound.submitted("applicant", "jilin", OutboundFixtures.general());
		login("applicant2");
		UI.getCurrent().navigate("portal/outbound/" + id);
		assertThat(_find(VerticalLayout.class, (spec) -> spec.withId("trip"))).isEmpty();
		assertThat(_find(Button.class, (spec) -> spec.withId("publicity-confirm"))).isEmpty();
		@SuppressWarnings("unchecked")
		Grid<CaseSummary> trips = _get(Grid.class, (spec) -> spec.withId("trips"));
		assertThat(GridKt._fetch(trips, 0, 100)).extracting(CaseSummary::id).doesNotContain(id);
	}

	private void publicity(LocalDate from, LocalDate to) {
		_get(DatePicker.class, (spec) -> spec.withId("publicity-from")).setValue(from);
		_get(DatePicker.class, (spec) -> spec.withId("publicity-to")).setValue(to);
		_click(_get(Button.class, (spec) -> spec.withId("publicity-confirm")));
	}

	private String step() {
		return _get(Span.class, (spec) -> spec.withId("trip-step")).getText();
	}

	private static String text(VerticalLayout layout) {
		return layout.getElement().getTextRecursively();
	}

}
