package org.kjt.approvals.evaluation.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CatalogueNotes;
import org.kjt.approvals.evaluation.Assignment;
import org.kjt.approvals.evaluation.CallView;
import org.kjt.approvals.evaluation.Certificates;
import org.kjt.approvals.evaluation.ObjectionState;
import org.kjt.approvals.evaluation.ObjectionView;
import org.kjt.approvals.evaluation.PanelView;
import org.kjt.approvals.evaluation.PublicNotices;
import org.kjt.approvals.evaluation.SeatState;
import org.kjt.approvals.hightech.HighTechFixtures;
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

/**
 * The evaluation views as their users work them (calls of this class are in 2029): the
 * expert scores in their own view, the public objects on the notices page, the division
 * opens a call, follows the panels and handles the objection, and anyone verifies the
 * certificate.
 */
class EvaluationViewsTests extends KaribuSupport {

	@Autowired
	HighTechFixtures hightech;

	@Autowired
	Tasks tasks;

	@Autowired
	Users users;

	@Autowired
	CaseViews views;

	@Autowired
	MutableClock clock;

	@Autowired
	PublicNotices notices;

	@Autowired
	Certificates certificates;

	@Autowired
	List<CatalogueNotes> catalogueNotes;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anExpertScoresInTheirOwnViewAndAnotherDeclaresAConflict() {
		long id = accepted(LocalDate.of(2029, 3, 5), "2029年度高新技术企业认定(界面测试三月批)");
		PanelView panel = this.hightech.panel(id);
		PanelView.SeatView seat = panel.seats().get(0);
		login(seat.username());
		UI.getCurrent().navigate("");
		UI.getCurrent().navigate("start");
		@SuppressWarnings("unchecked")
		Grid<Assignment> grid = _get(Grid.class, (spec) -> spec.withId("expert-assignments"));
		assertThat(GridKt._fetch(grid, 0, 100)).extracting(Assignment::id).contains(seat.id());

		UI.getCurrent().navigate("expert/" + seat.id());
		assertThat(
				_get(com.vaadin.flow.component.formlayout.FormLayout.class, (spec) -> spec.withId("expert-application"))
					.getElement()
					.getTextRecursively())
			.contains("近三个会计年度财务数据", "2026 · 4000 · 220", "电子信息");
		// The uploaded materials too, each a download.
		VerticalLayout materials = _get(VerticalLayout.class, (spec) -> spec.withId("expert-materials"));
		assertThat(_find(materials, Anchor.class)).hasSize(HighTechFixtures.MATERIALS.size());
		assertThat(materials.getElement().getTextRecursively()).contains("知识产权证书及反映技术水平的证明材料");
		_get(IntegerField.class, (spec) -> spec.withId("score-ip")).setValue(31);
		_get(IntegerField.class, (spec) -> spec.withId("score-transfer")).setValue(25);
		_get(IntegerField.class, (spec) -> spec.withId("score-rdOrganisation")).setValue(15);
		_get(IntegerField.class, (spec) -> spec.withId("score-growth")).setValue(15);
		_get(TextArea.class, (spec) -> spec.withId("expert-comment")).setValue("知识产权质量较高");
		_click(_get(Button.class, (spec) -> spec.withId("expert-submit")));
		IntegerField ip = _get(IntegerField.class, (spec) -> spec.withId("score-ip"));
		assertThat(ip.isInvalid()).isTrue();
		assertThat(ip.getErrorMessage()).contains("知识产权", "30");
		ip.setValue(28);
		assertThat(_get(Span.class, (spec) -> spec.withId("expert-total")).getText()).isEqualTo("83 / 100");
		_click(_get(Button.class, (spec) -> spec.withId("expert-submit")));
		assertThat(stateOf(id, seat.id())).isEqualTo(SeatState.SCORED);

		// Another expert of the panel declares a conflict from the view.
		PanelView.SeatView other = panel.seats().get(1);
		login(other.username());
		UI.getCurrent().navigate("expert/" + other.id());
		_click(_get(Button.class, (spec) -> spec.withId("expert-conflict")));
		_get(TextArea.class, (spec) -> spec.withId("conflict-reason")).setValue("本人系该企业技术顾问");
		_click(_get(Button.class, (spec) -> spec.withId("conflict-confirm")));
		assertThat(stateOf(id, other.id())).isEqualTo(SeatState.CONFLICT);
		// The first expert's seat is not the second's to open.
		UI.getCurrent().navigate("expert/" + seat.id());
		assertThat(_find(Button.class, (spec) -> spec.withId("expert-submit"))).isEmpty();
		assertThat(_find(IntegerField.class, (spec) -> spec.withId("score-ip"))).isEmpty();
	}

	@Test
	void theDivisionOpensACallFollowsThePanelsAndHandlesAnObjectionFromThePublicPage() {
		long id = accepted(LocalDate.of(2029, 4, 2), "2029年度高新技术企业认定(界面测试四月批)");
		login("ln-enterprise");
		UI.getCurrent().navigate("evaluation");
		tab(2);
		@SuppressWarnings("unchecked")
		Grid<PanelView> panels = _get(Grid.class, (spec) -> spec.withId("evaluation-panels"));
		PanelView shown = GridKt._fetch(panels, 0, 100)
			.stream()
			.filter((panel) -> panel.caseId() == id)
			.findFirst()
			.orElseThrow();
		assertThat(shown.seats()).allMatch((seat) -> seat.total() == null);
		// A silent expert's seat goes to another after the due day (16 April), from the
		// panel's row.
		this.clock.setDate(LocalDate.of(2029, 4, 17));
		List<PanelView> rows = GridKt._fetch(panels, 0, 100);
		int panelRow = rows.stream().map(PanelView::caseId).toList().indexOf(id);
		_click((Button) GridKt._getCellComponent(panels, panelRow, "replace"));
		@SuppressWarnings("unchecked")
		Select<PanelView.SeatView> seat = _get(Select.class, (spec) -> spec.withId("replace-seat"));
		PanelView.SeatView silent = shown.seats().get(0);
		seat.setValue(silent);
		_get(TextArea.class, (spec) -> spec.withId("replace-reason")).setValue("逾期未评分,联系不上");
		_click(_get(Button.class, (spec) -> spec.withId("replace-confirm")));
		assertThat(this.hightech.panel(id).seats()).filteredOn((open) -> open.id() == silent.id())
			.extracting(PanelView.SeatView::state)
			.containsExactly(SeatState.CONFLICT);
		this.clock.setDate(LocalDate.of(2029, 4, 2));

		// A new call from the form.
		tab(0);
		_get(TextField.class, (spec) -> spec.withId("call-title")).setValue("2029年度高新技术企业认定(界面发布批)");
		_get(DateTimePicker.class, (spec) -> spec.withId("call-opens")).setValue(LocalDateTime.of(2029, 9, 3, 9, 0));
		_get(DateTimePicker.class, (spec) -> spec.withId("call-closes")).setValue(LocalDateTime.of(2029, 9, 1, 9, 0));
		_click(_get(Button.class, (spec) -> spec.withId("call-open")));
		@SuppressWarnings("unchecked")
		Grid<CallView> calls = _get(Grid.class, (spec) -> spec.withId("evaluation-calls"));
		assertThat(GridKt._fetch(calls, 0, 100)).extracting(CallView::title).doesNotContain("2029年度高新技术企业认定(界面发布批)");
		_get(DateTimePicker.class, (spec) -> spec.withId("call-closes")).setValue(LocalDateTime.of(2029, 9, 14, 17, 0));
		_click(_get(Button.class, (spec) -> spec.withId("call-open")));
		assertThat(GridKt._fetch(calls, 0, 100)).extracting(CallView::title).contains("2029年度高新技术企业认定(界面发布批)");
		// Published in the catalogue, beside the item.
		assertThat(this.catalogueNotes.stream()
			.flatMap((source) -> source.notes("liaoning", Locale.SIMPLIFIED_CHINESE)
				.getOrDefault("high-tech-enterprise", List.of())
				.stream()))
			.anyMatch((line) -> line.startsWith("2029年度高新技术企业认定(界面发布批) · 申报时间 2029-09-03 09:00"));

		// Scored and proposed: on public notice, objected to from the public page.
		this.hightech.scoreAll(id, HighTechFixtures.points(25, 25, 15, 15));
		this.tasks.complete("ln-enterprise", id, "proposal", "propose", "拟认定", Map.of());
		this.clock.setDate(LocalDate.of(2029, 4, 3));
		long noticeId = this.notices
			.running("liaoning", org.springframework.data.domain.PageRequest.of(0, 100), java.util.Locale.ROOT)
			.getContent()
			.stream()
			.filter((notice) -> notice.endsOn().equals(LocalDate.of(2029, 4, 16)))
			.findFirst()
			.orElseThrow()
			.id();
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
		UI.getCurrent().navigate("public-notices");
		_click(_get(Button.class, (spec) -> spec.withId("object-" + noticeId)));
		_get(TextField.class, (spec) -> spec.withId("objection-contact")).setValue("13600000000");
		_get(TextArea.class, (spec) -> spec.withId("objection-reason")).setValue("该企业研发费用归集不实");
		_click(_get(Button.class, (spec) -> spec.withId("objection-send")));
		assertThat(_get(TextField.class, (spec) -> spec.withId("objection-name")).isInvalid()).isTrue();
		_get(TextField.class, (spec) -> spec.withId("objection-name")).setValue("钱七");
		_click(_get(Button.class, (spec) -> spec.withId("objection-send")));
		List<ObjectionView> received = this.users.as("ln-enterprise", () -> this.notices.ofCase(id));
		assertThat(received).extracting(ObjectionView::name).containsExactly("钱七");

		login("ln-enterprise");
		UI.getCurrent().navigate("evaluation");
		tab(3);
		@SuppressWarnings("unchecked")
		Grid<ObjectionView> objections = _get(Grid.class, (spec) -> spec.withId("evaluation-objections"));
		List<ObjectionView> open = GridKt._fetch(objections, 0, 100);
		int row = open.stream().map(ObjectionView::id).toList().indexOf(received.get(0).id());
		assertThat(row).isNotNegative();
		_click((Button) GridKt._getCellComponent(objections, row, "handle"));
		@SuppressWarnings("unchecked")
		Select<Boolean> upheld = _get(Select.class, (spec) -> spec.withId("objection-upheld"));
		upheld.setValue(Boolean.FALSE);
		_get(TextArea.class, (spec) -> spec.withId("objection-answer")).setValue("经核查,研发费用归集符合规定");
		_click(_get(Button.class, (spec) -> spec.withId("objection-confirm")));
		assertThat(this.users.as("ln-enterprise", () -> this.notices.ofCase(id))).extracting(ObjectionView::state)
			.containsExactly(ObjectionState.REJECTED);

		// Staff of a division with no evaluated item are told so.
		login("ln-approval");
		UI.getCurrent().navigate("");
		UI.getCurrent().navigate("evaluation");
		assertThat(_get(Paragraph.class, (spec) -> spec.withId("evaluation-not-managing")).getText())
			.contains("不负责评审类事项");
	}

	@Test
	void anyoneVerifiesTheCertificateOfARecognisedEnterprise() {
		long id = accepted(LocalDate.of(2029, 5, 7), "2029年度高新技术企业认定(界面测试五月批)");
		this.hightech.scoreAll(id, HighTechFixtures.points(25, 25, 15, 15));
		this.tasks.complete("ln-enterprise", id, "proposal", "propose", "拟认定", Map.of());
		this.clock.setDate(LocalDate.of(2029, 5, 21));
		this.tasks.fireTimer(id, "publicNotice");
		this.tasks.complete("ln-enterprise-head", id, "recognitionDecision", "recognise", "予以认定", Map.of());
		assertThat(this.views.as("applicant2", id).status()).isEqualTo(CaseStatus.RECOGNISED);
		String number = this.certificates.ofCase(id).orElseThrow().number();

		UI.getCurrent().navigate("verify-certificate");
		_get(TextField.class, (spec) -> spec.withId("verify-certificate-number")).setValue(number);
		_click(_get(Button.class, (spec) -> spec.withId("verify-certificate")));
		assertThat(_get(Span.class, (spec) -> spec.withId("verify-certificate-status")).getText()).isEqualTo("有效");
		_get(TextField.class, (spec) -> spec.withId("verify-certificate-number")).setValue("GR000000000000");
		_click(_get(Button.class, (spec) -> spec.withId("verify-certificate")));
		assertThat(_get(Paragraph.class, (spec) -> spec.withId("verify-certificate-missing")).getText())
			.contains("不存在");
	}

	private long accepted(LocalDate day, String title) {
		this.hightech.openCall(day, title);
		this.clock.setDate(day);
		long id = this.hightech.submitted("applicant2", HighTechFixtures.form());
		this.tasks.complete("ln-enterprise", id, "formalCheck", "accept", "材料齐全", Map.of());
		return id;
	}

	private static void tab(int index) {
		_get(TabSheet.class, (spec) -> spec.withId("evaluation-tabs")).setSelectedIndex(index);
	}

	private SeatState stateOf(long caseId, long seatId) {
		return this.hightech.panel(caseId)
			.seats()
			.stream()
			.filter((seat) -> seat.id() == seatId)
			.findFirst()
			.orElseThrow()
			.state();
	}

}
