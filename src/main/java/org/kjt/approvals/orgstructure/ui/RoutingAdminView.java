package org.kjt.approvals.orgstructure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Translations;
import org.kjt.approvals.base.ui.LocalTimes;
import org.kjt.approvals.orgstructure.DepartmentRef;
import org.kjt.approvals.orgstructure.DivisionRef;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.orgstructure.RoutingChangeView;
import org.kjt.approvals.orgstructure.RoutingEntryView;

/** The routing table per department, editable by admins; every change is recorded. */
@Route("admin/routing")
@Menu(title = "org.routing.menu", order = 90)
@RolesAllowed("ADMIN")
class RoutingAdminView extends VerticalLayout implements HasDynamicTitle {

	private final OrgStructure orgStructure;

	private final Select<DepartmentRef> department = new Select<>();

	private final Grid<RoutingEntryView> entries = new Grid<>(RoutingEntryView.class, false);

	private final Grid<RoutingChangeView> changes = new Grid<>(RoutingChangeView.class, false);

	RoutingAdminView(OrgStructure orgStructure, LocalTimes times) {
		this.orgStructure = orgStructure;
		this.department.setLabel(getTranslation("org.department"));
		this.department.setItems(orgStructure.departments());
		this.department.setItemLabelGenerator(DepartmentRef::nameZh);
		this.department.addValueChangeListener((event) -> refresh());
		this.entries.setId("routing");
		this.entries.addColumn((entry) -> getTranslation("org.item." + entry.item()))
			.setHeader(getTranslation("org.item"));
		this.entries.addColumn((entry) -> getTranslation("org.role." + entry.role().name()))
			.setHeader(getTranslation("org.role"));
		this.entries.addColumn(RoutingEntryView::divisionName).setHeader(getTranslation("org.division"));
		this.entries.addColumn((entry) -> getTranslation("org.source." + entry.source()))
			.setHeader(getTranslation("org.source"));
		this.entries.addColumn((entry) -> actor(entry.updatedBy())).setHeader(getTranslation("org.updatedBy"));
		this.entries.addComponentColumn((entry) -> new Button(getTranslation("org.change"), (click) -> edit(entry)));
		this.changes.setId("routing-changes");
		this.changes.addColumn((change) -> times.format(change.changedAt())).setHeader(getTranslation("org.changedAt"));
		this.changes.addColumn((change) -> actor(change.changedBy())).setHeader(getTranslation("org.updatedBy"));
		this.changes
			.addColumn((change) -> getTranslation("org.item." + change.item()) + " · "
					+ getTranslation("org.role." + change.role().name()))
			.setHeader(getTranslation("org.item"));
		this.changes.addColumn((change) -> division(change.oldDivision()) + " → " + division(change.newDivision()))
			.setHeader(getTranslation("org.division"));
		this.changes.addColumn(RoutingChangeView::reason).setHeader(getTranslation("org.reason"));
		add(new H2(getTranslation("org.routing.title")), this.department, this.entries,
				new H3(getTranslation("org.routing.history")), this.changes);
		this.department.setValue(orgStructure.departments().get(0));
	}

	/** A division by its name; none before the first routing. */
	private String division(@Nullable String code) {
		if (code == null) {
			return getTranslation("org.routing.none");
		}
		return this.orgStructure.division(code)
			.map((division) -> Translations.ENGLISH.getLanguage().equals(getLocale().getLanguage()) ? division.nameEn()
					: division.nameZh())
			.orElse(code);
	}

	/** Who changed it: a person, or the reference data shipped with the release. */
	private String actor(String actor) {
		return OrgStructure.REFERENCE_DATA.equals(actor) ? getTranslation("org.source.FILE") : actor;
	}

	private void refresh() {
		String code = this.department.getValue().code();
		this.entries.setItems(this.orgStructure.routing(code));
		this.changes.setItems(this.orgStructure.routingChanges(code));
	}

	private void edit(RoutingEntryView entry) {
		Dialog dialog = new Dialog(getTranslation("org.change"));
		Select<DivisionRef> division = new Select<>();
		division.setLabel(getTranslation("org.division"));
		division.setItems(this.orgStructure.divisions(entry.department()));
		division.setItemLabelGenerator((ref) -> ref.nameZh() + " (" + ref.code() + ")");
		this.orgStructure.division(entry.division()).ifPresent(division::setValue);
		TextArea reason = new TextArea(getTranslation("org.reason"));
		reason.setRequired(true);
		reason.setWidthFull();
		Button save = new Button(getTranslation("org.save"), (click) -> {
			try {
				this.orgStructure.changeRouting(entry.department(), entry.item(), entry.role(),
						(division.getValue() != null) ? division.getValue().code() : null, reason.getValue());
				dialog.close();
				refresh();
				Notification.show(getTranslation("org.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			}
			catch (DomainException ex) {
				Notification.show(getTranslation(ex.messageKey(), ex.arguments()))
					.addThemeVariants(NotificationVariant.LUMO_ERROR);
			}
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.add(new VerticalLayout(division, reason));
		dialog.getFooter().add(new Button(getTranslation("org.cancel"), (click) -> dialog.close()), save);
		dialog.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("org.routing.title");
	}

}
