package org.kjt.approvals.inbox.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.ui.LocalTimes;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.base.ui.Words;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseSummary;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * 案件查询: the department's cases by reference number, credit code or applicant, item,
 * status and submission dates, paged in the database; a row opens the case.
 */
@Route("workbench/search")
@Menu(title = "search.menu", order = 21)
@RolesAllowed("STAFF")
class CaseSearchView extends VerticalLayout implements HasDynamicTitle {

	private final CaseQueries cases;

	private final TextField text = new TextField();

	private final Select<String> item = new Select<>();

	private final Select<String> status = new Select<>();

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);

	CaseSearchView(CaseQueries cases, Catalogue catalogue, CurrentUser currentUser, LocalTimes times) {
		this.cases = cases;
		this.text.setId("search-text");
		this.text.setLabel(getTranslation("search.text"));
		this.text.setPlaceholder(getTranslation("search.textHint"));
		this.text.setClearButtonVisible(true);
		this.text.setWidth("22em");
		this.text.setMaxWidth("100%");
		this.item.setId("search-item");
		this.item.setLabel(getTranslation("inbox.filter.item"));
		List<String> items = new ArrayList<>(List.of(""));
		catalogue.items(currentUser.require().departmentCode()).forEach((offered) -> items.add(offered.code()));
		this.item.setItems(items);
		this.item.setItemLabelGenerator(
				(code) -> code.isEmpty() ? getTranslation("inbox.filter.all") : getTranslation("org.item." + code));
		this.item.setValue("");
		this.status.setId("search-status");
		this.status.setLabel(getTranslation("search.status"));
		List<String> statuses = new ArrayList<>(List.of(""));
		Arrays.stream(CaseStatus.values())
			.filter((one) -> one != CaseStatus.DRAFT)
			.forEach((one) -> statuses.add(one.name()));
		this.status.setItems(statuses);
		this.status.setItemLabelGenerator(
				(code) -> code.isEmpty() ? getTranslation("inbox.filter.all") : getTranslation("status." + code));
		this.status.setValue("");
		this.from.setId("search-from");
		this.from.setLabel(getTranslation("search.from"));
		this.to.setId("search-to");
		this.to.setLabel(getTranslation("search.to"));
		for (DatePicker date : List.of(this.from, this.to)) {
			date.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
			date.setWidth("10em");
		}
		Button search = new Button(getTranslation("search.button"), (click) -> refresh());
		search.setId("search");
		search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.text.addKeyPressListener(Key.ENTER, (event) -> refresh());
		HorizontalLayout filters = new HorizontalLayout(this.text, this.item, this.status, this.from, this.to, search);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.getStyle().set("flex-wrap", "wrap");

		this.grid.setId("search-results");
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.addColumn(CaseSummary::referenceNo).setHeader(getTranslation("inbox.referenceNo")).setAutoWidth(true);
		this.grid.addColumn(CaseSummary::applicantName).setHeader(getTranslation("inbox.applicant"));
		this.grid.addColumn((found) -> getTranslation("org.item." + found.item()))
			.setHeader(getTranslation("inbox.item"));
		this.grid.addColumn((found) -> Words.status(this, found.item(), found.status()))
			.setHeader(getTranslation("search.status"))
			.setAutoWidth(true);
		this.grid.addColumn((found) -> (found.step() != null) ? getTranslation("step." + found.step()) : "—")
			.setHeader(getTranslation("inbox.step"));
		this.grid.addColumn((found) -> times.format(found.submittedAt()))
			.setHeader(getTranslation("search.submittedAt"))
			.setAutoWidth(true);
		this.grid.addColumn((found) -> (found.deadline() != null) ? found.deadline().toString() : "—")
			.setHeader(getTranslation("inbox.due"))
			.setAutoWidth(true);
		this.grid.setEmptyStateText(getTranslation("search.none"));
		this.grid.addItemClickListener((click) -> getUI().ifPresent((ui) -> ui.navigate(StaffCaseView.class,
				new RouteParameters("id", String.valueOf(click.getItem().id())))));
		this.grid.setPageSize(20);

		add(new H2(getTranslation("search.title")), filters, this.grid);
		setSizeFull();
		refresh();
	}

	private void refresh() {
		Filter filter = new Filter(this.text.getValue(), this.item.getValue(),
				this.status.getValue().isEmpty() ? null : CaseStatus.valueOf(this.status.getValue()),
				this.from.getValue(), this.to.getValue());
		// A bad range is said once, here, and the grid keeps its last answer.
		if (!Refusals.attempt(() -> page(filter, 0, 1))) {
			return;
		}
		this.grid.setDataProvider(new CallbackDataProvider<CaseSummary, Void>(
				(query) -> page(filter, query.getPage(), query.getPageSize()).stream(),
				(query) -> (int) page(filter, 0, 1).getTotalElements()));
	}

	private Page<CaseSummary> page(Filter filter, int page, int size) {
		return this.cases.search(filter.text(), filter.item(), filter.status(), filter.from(), filter.to(),
				PageRequest.of(page, size));
	}

	private record Filter(@Nullable String text, @Nullable String item, @Nullable CaseStatus status,
			@Nullable LocalDate from, @Nullable LocalDate to) {
	}

	@Override
	public String getPageTitle() {
		return getTranslation("search.title");
	}

}
