package org.kjt.approvals.workpermit.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.inbox.Workbench;
import org.kjt.approvals.support.KaribuSupport;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;
import org.kjt.approvals.workpermit.PermitView;
import org.kjt.approvals.workpermit.PermitStatus;
import org.kjt.approvals.workpermit.WorkPermitFixtures;
import org.kjt.approvals.workpermit.WorkPermits;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class WorkPermitViewsTests extends KaribuSupport {

	@Autowired
	Cases cases;

	@Autowired
	CaseQueries queries;

	@Autowired
	Workbench workbench;

	@Autowired
	Users users;

	@Autowired
	MutableClock clock;

	@Autowired
	WorkPermitFixtures fixtures;

	@Autowired
	Tasks tasks;

	@Autowired
	WorkPermits permits;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theApplicationFormShowsTheScoreWhileItIsFilledIn() {
		this.clock.setDate(WorkPermitFixtures.DAY);
		login("applicant");
		UI.getCurrent().navigate("portal/apply/jilin/work-permit");
		Div live = _get(Div.class, (spec) -> spec.withId("live-panel"));
		_get(TextField.class, (spec) -> spec.withId("form-annualSalaryCny")).setValue("300000");
		assertThat(text(live)).contains("暂不能计算积分");
		_get(DatePicker.class, (spec) -> spec.withId("form-dateOfBirth")).setValue(LocalDate.of(1985, 3, 14));
		((Select<String>) _get(Select.class, (spec) -> spec.withId("form-education"))).setValue("MASTER");
		_get(TextField.class, (spec) -> spec.withId("form-experienceYears")).setValue("5");
		_get(TextField.class, (spec) -> spec.withId("form-monthsPerYear")).setValue("12");
		_get(TextField.class, (spec) -> spec.withId("form-hskLevel")).setValue("0");
		((Select<String>) _get(Select.class, (spec) -> spec.withId("form-workLocation"))).setValue("NORTHEAST");
		assertThat(text(live)).contains("积分 77 分,建议类别:B类(外国专业人才)", "年薪：14", "学历：15", "年龄：15");
		// The system computes the score; there is no field to type it into.
		assertThat(UI.getCurrent().getElement().toString()).doesNotContain("form-points");
		_get(TextField.class, (spec) -> spec.withId("form-annualSalaryCny")).setValue("-5");
		assertThat(text(live)).contains("年薪须为 0 至 1 亿元");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theEmployerAppliesForTheCardAfterEntryAndSeesIt() {
		this.clock.setDate(WorkPermitFixtures.DAY);
		long id = this.fixtures.granted("applicant", "jilin", WorkPermitFixtures.formB("K1231234"));
		login("applicant");
		UI.getCurrent().navigate("portal/work-permits");
		_get(DatePicker.class, (spec) -> spec.withId("entry-" + id)).setValue(WorkPermitFixtures.DAY);
		_click(_get(Button.class, (spec) -> spec.withId("apply-card-" + id)));
		CaseView view = this.users.as("applicant", () -> this.queries.get(id));
		assertThat(view.step()).isEqualTo("cardIssue");
		this.tasks.complete("jl-approval", id, "cardIssue", "issue", "发证", Map.of());

		UI.getCurrent().navigate("portal/work-permits");
		Grid<PermitView> cards = _get(Grid.class, (spec) -> spec.withId("cards"));
		List<PermitView> rows = GridKt._fetch(cards, 0, GridKt._size(cards));
		assertThat(rows).anySatisfy((card) -> {
			assertThat(card.caseId()).isEqualTo(id);
			assertThat(card.status()).isEqualTo(PermitStatus.VALID);
			assertThat(card.permitNumber()).startsWith("JLWP2026");
		});
		// Cancelling with no card chosen is said, and nothing is cancelled.
		assertThat(
				_get(com.vaadin.flow.component.html.Span.class, (spec) -> spec.withId("card-actions-hint")).getText())
			.contains("选择");
		com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
		_click(_get(Button.class, (spec) -> spec.withId("cancel-permit")));
		com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("请先在上表中选择要注销的工作许可证");
		assertThat(GridKt._fetch(cards, 0, GridKt._size(cards)))
			.anySatisfy((card) -> assertThat(card.status()).isEqualTo(PermitStatus.VALID));
	}

	@Test
	void anyoneVerifiesAPermitWithoutSeeingPersonalData() {
		this.clock.setDate(WorkPermitFixtures.DAY);
		long id = this.fixtures.granted("applicant", "jilin", WorkPermitFixtures.formB("V7654321"));
		this.users.run("applicant", () -> this.permits.applyForCard(id, WorkPermitFixtures.DAY.toString()));
		this.tasks.complete("jl-approval", id, "cardIssue", "issue", "发证", Map.of());
		String number = this.users.as("applicant", () -> this.permits.forCase(id)).orElseThrow().permitNumber();

		// Anonymous: no login.
		UI.getCurrent().navigate("verify-permit");
		_get(TextField.class, (spec) -> spec.withId("verify-number")).setValue(" " + number + " ");
		_click(_get(Button.class, (spec) -> spec.withId("verify")));
		assertThat(_get(Span.class, (spec) -> spec.withId("verify-status")).getText()).isEqualTo("有效");
		String shown = _get(VerticalLayout.class, (spec) -> spec.withId("verify-result")).getElement()
			.getTextRecursively();
		assertThat(shown).contains(number, "B", "S.").doesNotContain("SMITH", "V7654321");

		_get(TextField.class, (spec) -> spec.withId("verify-number")).setValue("JLWP0000000000");
		_click(_get(Button.class, (spec) -> spec.withId("verify")));
		assertThat(_get(Paragraph.class, (spec) -> spec.withId("verify-missing")).getText())
			.isEqualTo("工作许可证号 JLWP0000000000 不存在");
		assertThat(_find(Span.class, (spec) -> spec.withId("verify-status"))).isEmpty();
	}

	private static String text(Div live) {
		return String.join("\n",
				live.getChildren()
					.filter(Paragraph.class::isInstance)
					.map((paragraph) -> ((Paragraph) paragraph).getText())
					.toList());
	}

}
