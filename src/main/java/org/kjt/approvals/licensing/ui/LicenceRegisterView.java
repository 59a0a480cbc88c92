package org.kjt.approvals.licensing.ui;

import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kjt.approvals.base.Paging;
import org.kjt.approvals.licensing.LicenceView;
import org.kjt.approvals.licensing.Licences;
import org.kjt.approvals.orgstructure.OrgStructure;

/**
 * The public register of granted licences (Art. 40), searchable without logging in, paged
 * in the database.
 */
@Route("licences")
@Menu(title = "licence.register.menu", order = 2)
@AnonymousAllowed
class LicenceRegisterView extends VerticalLayout implements HasDynamicTitle {

	private static final String ALL = "";

	private final Licences licences;

	private final Select<String> department = new Select<>();

	private final TextField query = new TextField();

	private final Grid<LicenceView> grid = new Grid<>(LicenceView.class, false);

	LicenceRegisterView(Licences licences, OrgStructure orgStructure) {
		this.licences = licences;
		boolean chinese = Locale.CHINESE.getLanguage().equals(getLocale().getLanguage());
		this.department.setLabel(getTranslation("licence.register.department"));
		this.department.setItems(ALL, "jilin", "liaoning");
		this.department
			.setItemLabelGenerator((code) -> ALL.equals(code) ? getTranslation("licence.register.allDepartments")
					: orgStructure.department(code).map((ref) -> chinese ? ref.nameZh() : ref.nameEn()).orElse(code));
		this.department.setValue(ALL);
		this.department.setId("register-department");
		this.query.setLabel(getTranslation("licence.register.query"));
		this.query.setMaxLength(100);
		this.query.setClearButtonVisible(true);
		this.query.setValueChangeMode(ValueChangeMode.LAZY);
		this.query.setId("register-query");
		this.query.setWidth("22em");
		this.department.addValueChangeListener((change) -> this.grid.getDataProvider().refreshAll());
		this.query.addValueChangeListener((change) -> this.grid.getDataProvider().refreshAll());

		this.grid.addColumn(LicenceView::number)
			.setHeader(getTranslation("licence.register.number"))
			.setAutoWidth(true);
		this.grid.addColumn(LicenceView::holder).setHeader(getTranslation("licence.register.holder")).setFlexGrow(2);
		this.grid.addColumn(LicenceView::itemName).setHeader(getTranslation("licence.register.item")).setFlexGrow(2);
		this.grid.addColumn(LicenceView::issuedOn)
			.setHeader(getTranslation("licence.register.issuedOn"))
			.setAutoWidth(true);
		this.grid.addColumn(LicenceView::validUntil)
			.setHeader(getTranslation("licence.register.validUntil"))
			.setAutoWidth(true);
		this.grid.addColumn((licence) -> getTranslation("licence.status." + licence.status()))
			.setHeader(getTranslation("licence.register.status"))
			.setAutoWidth(true);
		this.grid.setEmptyStateText(getTranslation("licence.register.empty"));
		// Holder and item names whole, also on a phone.
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setId("licence-register");
		this.grid.setDataProvider(
				new CallbackDataProvider<LicenceView, Void>(
						(page) -> this.licences
							.search(departmentCode(), this.query.getValue(),
									Paging.of(page.getPage(), page.getPageSize()))
							.stream(),
						(page) -> (int) Math.min(Integer.MAX_VALUE,
								this.licences.search(departmentCode(), this.query.getValue(), Paging.of(0, 1))
									.getTotalElements())));
		HorizontalLayout filters = new HorizontalLayout(this.department, this.query);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
		filters.setWrap(true);
		add(new H2(getTranslation("licence.register.title")), new Paragraph(getTranslation("licence.register.intro")),
				filters, this.grid);
		setSizeFull();
		// The grid takes the rest of the page, its rows loaded a page at a time.
		expand(this.grid);
		this.grid.setMinHeight("20rem");
	}

	private String departmentCode() {
		String code = this.department.getValue();
		return (code == null || ALL.equals(code)) ? null : code;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("licence.register.title");
	}

}
