package org.kjt.approvals.dashboard.ui;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.ui.LocalTimes;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.dashboard.Dashboard;
import org.kjt.approvals.dashboard.Dashboards;
import org.kjt.approvals.evaluation.EvaluationOverview;
import org.kjt.approvals.inbox.InboxItem;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.ratings.RatingLevel;
import org.kjt.approvals.ratings.Ratings;

/**
 * 统计看板: a head's division, a leader's department (or one division), any for admins;
 * figures per service item, the weekly trend, open work per holder, overdue and near-due
 * tasks, and the same as an Excel workbook.
 */
@Route("dashboard")
@Menu(title = "dashboard.menu", order = 22)
@RolesAllowed({ "DIVISION_HEAD", "LEADER", "ADMIN" })
class DashboardView extends VerticalLayout implements HasDynamicTitle {

	private final Dashboards dashboards;

	private final OrgStructure orgStructure;

	private final Select<String> department = new Select<>();

	private final Select<String> division = new Select<>();

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final Div content = new Div();

	private final Dashboards.Scope scope;

	private final Ratings ratings;

	private final LocalTimes times;

	DashboardView(Dashboards dashboards, OrgStructure orgStructure, Ratings ratings, LocalTimes times) {
		this.times = times;
		this.ratings = ratings;
		this.dashboards = dashboards;
		this.orgStructure = orgStructure;
		this.scope = dashboards.scope();
		setWidthFull();
		this.department.setId("dashboard-department");
		this.department.setLabel(getTranslation("dashboard.department"));
		this.department.setItems(this.scope.departments());
		this.department.setItemLabelGenerator((code) -> orgStructure.department(code)
			.map((ref) -> english() ? ref.nameEn() : ref.nameZh())
			.orElse(code));
		this.department.setValue(this.scope.departments().get(0));
		this.department.setVisible(this.scope.departments().size() > 1);
		this.department.addValueChangeListener((event) -> {
			divisions();
			refresh();
		});
		this.division.setId("dashboard-division");
		this.division.setLabel(getTranslation("dashboard.division"));
		this.division.setVisible(this.scope.anyDivision());
		divisions();
		this.division.addValueChangeListener((event) -> refresh());
		for (DatePicker date : List.of(this.from, this.to)) {
			date.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
			date.setWidth("10em");
		}
		this.from.setId("dashboard-from");
		this.from.setLabel(getTranslation("dashboard.from"));
		this.to.setId("dashboard-to");
		this.to.setLabel(getTranslation("dashboard.to"));
		Button update = new Button(getTranslation("dashboard.refresh"), (click) -> refresh());
		update.setId("dashboard-refresh");
		update.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Anchor export = new Anchor(DownloadHandler.fromInputStream((event) -> {
			byte[] bytes = this.dashboards.workbook(this.department.getValue(), chosenDivision(), this.from.getValue(),
					this.to.getValue(), getLocale());
			return new DownloadResponse(new ByteArrayInputStream(bytes), "dashboard.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
		}), getTranslation("dashboard.export"));
		export.setId("dashboard-export");
		HorizontalLayout filters = new HorizontalLayout(this.department, this.division, this.from, this.to, update,
				export);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.getStyle().set("flex-wrap", "wrap");
		this.content.setWidthFull();
		add(new H2(getTranslation("dashboard.title")), filters, this.content);
		refresh();
	}

	private void divisions() {
		List<String> codes = new ArrayList<>(List.of(""));
		this.orgStructure.divisions(this.department.getValue()).forEach((ref) -> codes.add(ref.code()));
		this.division.setItems(codes);
		this.division.setItemLabelGenerator(
				(code) -> code.isEmpty() ? getTranslation("dashboard.allDivisions") : divisionName(code));
		this.division.setValue("");
	}

	private @Nullable String chosenDivision() {
		String chosen = this.division.getValue();
		return (chosen == null || chosen.isEmpty()) ? null : chosen;
	}

	private void refresh() {
		Refusals.attempt(() -> show(this.dashboards.dashboard(this.department.getValue(), chosenDivision(),
				this.from.getValue(), this.to.getValue())));
	}

	private void show(Dashboard dashboard) {
		this.content.removeAll();
		this.from.setValue(dashboard.from());
		this.to.setValue(dashboard.to());
		Dashboard.ItemRow total = dashboard.total();
		HorizontalLayout cards = new HorizontalLayout(card("received", total.received()),
				card("decided", total.decided()), card("onTimeRate", percent(total.onTimeRate())),
				card("averageDays", decimal(total.averageWorkingDays())), card("open", total.open()),
				card("overdue", dashboard.workload().stream().mapToLong(Dashboard.Load::overdue).sum()));
		cards.setId("dashboard-cards");
		cards.getStyle().set("flex-wrap", "wrap");

		Grid<Dashboard.ItemRow> items = new Grid<>(Dashboard.ItemRow.class, false);
		items.setId("dashboard-items");
		items.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		items
			.addColumn((row) -> row.item().isEmpty() ? getTranslation("dashboard.total")
					: getTranslation("org.item." + row.item()))
			.setHeader(getTranslation("dashboard.item"))
			.setFlexGrow(3);
		items.addColumn((row) -> row.division().isEmpty() ? "" : divisionName(row.division()))
			.setHeader(getTranslation("dashboard.division"))
			.setFlexGrow(2);
		items.addColumn(Dashboard.ItemRow::received).setHeader(getTranslation("dashboard.received"));
		items.addColumn(Dashboard.ItemRow::decided).setHeader(getTranslation("dashboard.decided"));
		items.addColumn((row) -> percent(row.onTimeRate())).setHeader(getTranslation("dashboard.onTimeRate"));
		items.addColumn((row) -> decimal(row.averageWorkingDays())).setHeader(getTranslation("dashboard.averageDays"));
		items.addColumn(Dashboard.ItemRow::extended).setHeader(getTranslation("dashboard.extended"));
		items.addColumn(Dashboard.ItemRow::suspended).setHeader(getTranslation("dashboard.suspended"));
		items.addColumn(Dashboard.ItemRow::open).setHeader(getTranslation("dashboard.open"));
		List<Dashboard.ItemRow> rows = new ArrayList<>(dashboard.items());
		rows.add(total);
		items.setItems(rows);
		items.setAllRowsVisible(true);

		Grid<Dashboard.Load> workload = new Grid<>(Dashboard.Load.class, false);
		workload.setId("dashboard-workload");
		workload.addColumn((load) -> (load.assignee() != null) ? load.name() : getTranslation("dashboard.queue"))
			.setHeader(getTranslation("dashboard.assignee"));
		workload.addColumn(Dashboard.Load::open).setHeader(getTranslation("dashboard.open"));
		workload.addColumn(Dashboard.Load::overdue).setHeader(getTranslation("dashboard.overdue"));
		workload.setItems(dashboard.workload());
		workload.setAllRowsVisible(true);
		workload.setEmptyStateText(getTranslation("dashboard.none"));

		this.content.add(cards, new H3(getTranslation("dashboard.sheet.items")), items,
				new H3(getTranslation("dashboard.trend")), new TrendChart(dashboard),
				new H3(getTranslation("dashboard.sheet.workload")), workload,
				new H3(getTranslation("dashboard.overdueList")), tasks("dashboard-overdue", dashboard.overdue()),
				new H3(getTranslation("dashboard.nearDueList", Dashboards.NEAR_DUE_DAYS)),
				tasks("dashboard-near-due", dashboard.nearDue()), new H3(getTranslation("rating.figures.title")),
				ratings());
		if (!dashboard.evaluations().items().isEmpty()) {
			this.content.add(evaluations(dashboard.evaluations()));
		}
	}

	/**
	 * 评审工作: the calls open or coming, the panels still scoring with each expert's
	 * progress, and the objections waiting to be handled.
	 */
	private Div evaluations(EvaluationOverview overview) {
		Div section = new Div();
		section.setId("dashboard-evaluations");
		section.setWidthFull();
		Grid<EvaluationOverview.CallRow> calls = new Grid<>(EvaluationOverview.CallRow.class, false);
		calls.setId("dashboard-calls");
		calls.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		calls.addColumn((call) -> getTranslation("org.item." + call.item()))
			.setHeader(getTranslation("dashboard.item"))
			.setFlexGrow(2);
		calls.addColumn(EvaluationOverview.CallRow::title).setHeader(getTranslation("dashboard.call")).setFlexGrow(3);
		calls
			.addColumn((call) -> this.times.format(call.opensAt()) + " – " + this.times.format(call.closesAt())
					+ (call.extended() ? " " + getTranslation("dashboard.callExtended") : ""))
			.setHeader(getTranslation("dashboard.callWindow"))
			.setFlexGrow(3);
		calls.addColumn((call) -> call.entries() + ((call.quota() != null) ? " / " + call.quota() : ""))
			.setHeader(getTranslation("dashboard.callEntries"));
		calls.setItems(overview.calls());
		calls.setAllRowsVisible(true);
		calls.setEmptyStateText(getTranslation("dashboard.none"));

		Grid<EvaluationOverview.ExpertProgress> experts = new Grid<>(EvaluationOverview.ExpertProgress.class, false);
		experts.setId("dashboard-experts");
		experts.addColumn(EvaluationOverview.ExpertProgress::name).setHeader(getTranslation("dashboard.expert"));
		experts.addColumn(EvaluationOverview.ExpertProgress::open).setHeader(getTranslation("dashboard.seatsOpen"));
		experts.addColumn(EvaluationOverview.ExpertProgress::overdue).setHeader(getTranslation("dashboard.overdue"));
		experts.addColumn(EvaluationOverview.ExpertProgress::scored).setHeader(getTranslation("dashboard.seatsScored"));
		experts.setItems(overview.experts());
		experts.setAllRowsVisible(true);
		// Names are the pool's division's to see; others have the totals above.
		experts.setEmptyStateText(getTranslation((overview.seatsOpen() + overview.seatsScored() > 0)
				? "dashboard.expertsOwnDivision" : "dashboard.none"));

		Grid<EvaluationOverview.ObjectionRow> objections = new Grid<>(EvaluationOverview.ObjectionRow.class, false);
		objections.setId("dashboard-objections");
		objections.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		objections.addColumn((objection) -> getTranslation("org.item." + objection.item()))
			.setHeader(getTranslation("dashboard.item"));
		objections.addColumn(EvaluationOverview.ObjectionRow::subject)
			.setHeader(getTranslation("dashboard.objectionSubject"))
			.setFlexGrow(3);
		objections.addColumn((objection) -> this.times.format(objection.receivedAt()))
			.setHeader(getTranslation("dashboard.objectionReceived"));
		objections.addColumn(EvaluationOverview.ObjectionRow::noticeEndsOn)
			.setHeader(getTranslation("dashboard.noticeEnds"));
		objections.setItems(overview.objections());
		objections.setAllRowsVisible(true);
		objections.setEmptyStateText(getTranslation("dashboard.none"));

		HorizontalLayout cards = new HorizontalLayout(card("panelsScoring", overview.panelsScoring()),
				card("seatsOpen", overview.seatsOpen()), card("seatsOverdue", overview.seatsOverdue()),
				card("openObjections", overview.openObjections()));
		cards.getStyle().set("flex-wrap", "wrap");
		section.add(new H3(getTranslation("dashboard.evaluations")), cards, new H3(getTranslation("dashboard.calls")),
				calls, new H3(getTranslation("dashboard.experts")), experts,
				new H3(getTranslation("dashboard.objections")), objections);
		return section;
	}

	/**
	 * 好差评 per item and division over the same period (and division, if one is chosen).
	 */
	private Grid<Ratings.RatingFigures> ratings() {
		Grid<Ratings.RatingFigures> grid = new Grid<>(Ratings.RatingFigures.class, false);
		grid.setId("dashboard-ratings");
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.addColumn((row) -> getTranslation("org.item." + row.item()))
			.setHeader(getTranslation("rating.figures.item"))
			.setFlexGrow(3);
		grid.addColumn((row) -> divisionName(row.division()))
			.setHeader(getTranslation("rating.figures.division"))
			.setFlexGrow(2);
		for (RatingLevel level : RatingLevel.values()) {
			grid.addColumn((row) -> row.byLevel().get(level)).setHeader(getTranslation("rating.level." + level));
		}
		grid.addColumn(Ratings.RatingFigures::total).setHeader(getTranslation("rating.figures.total"));
		grid.addColumn((row) -> percent(row.satisfiedPercent() / 100))
			.setHeader(getTranslation("rating.figures.satisfied"));
		grid.addColumn(Ratings.RatingFigures::openFollowUps).setHeader(getTranslation("rating.figures.open"));
		String division = chosenDivision();
		grid.setItems(this.ratings.figures(this.department.getValue(), this.from.getValue(), this.to.getValue())
			.stream()
			.filter((row) -> division == null || row.division().equals(division))
			.toList());
		grid.setAllRowsVisible(true);
		grid.setEmptyStateText(getTranslation("rating.figures.empty"));
		return grid;
	}

	private Grid<InboxItem> tasks(String id, List<InboxItem> tasks) {
		Grid<InboxItem> grid = new Grid<>(InboxItem.class, false);
		grid.setId(id);
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.addColumn(InboxItem::referenceNo).setHeader(getTranslation("inbox.referenceNo")).setAutoWidth(true);
		grid.addColumn((task) -> getTranslation("org.item." + task.item())).setHeader(getTranslation("inbox.item"));
		grid.addColumn((task) -> getTranslation("step." + task.step())).setHeader(getTranslation("inbox.step"));
		grid.addColumn((task) -> (task.assignee() != null) ? task.assignee() : getTranslation("dashboard.queue"))
			.setHeader(getTranslation("inbox.assignee"));
		grid.addColumn(InboxItem::due).setHeader(getTranslation("inbox.due")).setAutoWidth(true);
		grid.addColumn((task) -> (task.remainingWorkingDays() != null) ? task.remainingWorkingDays() : "—")
			.setHeader(getTranslation("inbox.remaining"));
		grid.setItems(tasks);
		grid.setAllRowsVisible(true);
		grid.setEmptyStateText(getTranslation("dashboard.none"));
		return grid;
	}

	private Component card(String key, Object value) {
		Span figure = new Span(String.valueOf(value));
		figure.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
		Div card = new Div(new Div(getTranslation("dashboard." + key)), figure);
		card.setId("card-" + key);
		card.getStyle()
			.set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
			.set("border", "1px solid var(--lumo-contrast-10pct)")
			.set("border-radius", "var(--lumo-border-radius-m)")
			.set("min-width", "8rem");
		return card;
	}

	private String percent(@Nullable Double rate) {
		if (rate == null) {
			return "—";
		}
		NumberFormat format = NumberFormat.getPercentInstance(getLocale());
		format.setMaximumFractionDigits(1);
		return format.format(rate);
	}

	private static String decimal(@Nullable Double value) {
		return (value != null) ? String.format(Locale.ROOT, "%.1f", value) : "—";
	}

	private String divisionName(String code) {
		return this.orgStructure.division(code).map((ref) -> english() ? ref.nameEn() : ref.nameZh()).orElse(code);
	}

	private boolean english() {
		return "en".equals(getLocale().getLanguage());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("dashboard.title");
	}

}
