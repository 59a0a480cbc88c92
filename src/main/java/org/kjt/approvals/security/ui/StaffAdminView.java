package org.kjt.approvals.security.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.orgstructure.DivisionRef;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.StaffAccount;
import org.kjt.approvals.security.Role;

/** Staff accounts per division: admins list them and create new ones. */
@Route("admin/staff")
@Menu(title = "admin.staff.menu", order = 91)
@RolesAllowed("ADMIN")
class StaffAdminView extends VerticalLayout implements HasDynamicTitle {

	private final Accounts accounts;

	private final Select<DivisionRef> division = new Select<>();

	private final Grid<StaffAccount> staff = new Grid<>(StaffAccount.class, false);

	private final VerticalLayout editor = new VerticalLayout();

	private final List<DivisionRef> divisions;

	StaffAdminView(Accounts accounts, OrgStructure orgStructure) {
		this.accounts = accounts;
		this.divisions = orgStructure.departments()
			.stream()
			.flatMap((department) -> orgStructure.divisions(department.code()).stream())
			.toList();
		this.division.setLabel(getTranslation("admin.staff.division"));
		this.division.setItems(orgStructure.departments()
			.stream()
			.flatMap((department) -> orgStructure.divisions(department.code()).stream())
			.toList());
		this.division
			.setItemLabelGenerator((ref) -> ref.departmentCode() + " · " + ref.nameZh() + " (" + ref.code() + ")");
		this.division.addValueChangeListener((event) -> refresh());
		this.staff.addColumn(StaffAccount::username).setHeader(getTranslation("admin.staff.username"));
		this.staff.addColumn(StaffAccount::displayName).setHeader(getTranslation("admin.staff.name"));
		this.staff.addColumn((account) -> roles(account.roles())).setHeader(getTranslation("admin.staff.roles"));
		this.staff
			.addColumn((account) -> getTranslation(account.enabled() ? "admin.staff.active" : "admin.staff.disabled"))
			.setHeader(getTranslation("admin.staff.state"));
		this.staff.setId("staff-accounts");
		this.staff.setAllRowsVisible(true);
		this.staff.addSelectionListener(
				(selection) -> selection.getFirstSelectedItem().ifPresentOrElse(this::edit, this.editor::removeAll));
		this.editor.setPadding(false);

		TextField username = new TextField(getTranslation("admin.staff.username"));
		TextField name = new TextField(getTranslation("admin.staff.name"));
		PasswordField password = new PasswordField(getTranslation("admin.staff.password"));
		CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.staff.roles"));
		roles.setItems(Role.DIVISION_HEAD, Role.LEADER);
		roles.setItemLabelGenerator((role) -> getTranslation("role." + role.name()));
		Button create = new Button(getTranslation("admin.staff.create"), (click) -> {
			if (this.division.getValue() == null) {
				return;
			}
			boolean created = Refusals.attempt(() -> this.accounts.createStaff(username.getValue(), password.getValue(),
					name.getValue(), this.division.getValue().departmentCode(), this.division.getValue().code(),
					roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue())));
			if (created) {
				Notification.show(getTranslation("admin.staff.created"))
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				refresh();
			}
		});
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(new H2(getTranslation("admin.staff.title")), this.division, this.staff, this.editor,
				new H3(getTranslation("admin.staff.new")), new FormLayout(username, name, password, roles), create);
	}

	/** Edits the selected account: name, division, roles, whether it may log in. */
	private void edit(StaffAccount account) {
		this.editor.removeAll();
		TextField name = new TextField(getTranslation("admin.staff.name"));
		name.setValue(account.displayName());
		name.setId("edit-name");
		Select<DivisionRef> division = new Select<>();
		division.setLabel(getTranslation("admin.staff.division"));
		division.setItems(this.divisions);
		division.setItemLabelGenerator((ref) -> ref.departmentCode() + " · " + ref.nameZh() + " (" + ref.code() + ")");
		this.divisions.stream()
			.filter((ref) -> ref.code().equals(account.divisionCode()))
			.findFirst()
			.ifPresent(division::setValue);
		CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.staff.roles"));
		roles.setItems(Role.DIVISION_HEAD, Role.LEADER);
		roles.setItemLabelGenerator((role) -> getTranslation("role." + role.name()));
		roles.setValue(account.roles().stream().filter((role) -> role != Role.STAFF).collect(Collectors.toSet()));
		Checkbox enabled = new Checkbox(getTranslation("admin.staff.enabled"), account.enabled());
		enabled.setId("edit-enabled");
		Button save = new Button(getTranslation("admin.staff.save"), (click) -> {
			if (division.getValue() == null) {
				return;
			}
			if (Refusals.attempt(() -> this.accounts.updateStaff(account.username(), name.getValue(),
					division.getValue().code(), roles.getValue(), enabled.getValue()))) {
				Notification.show(getTranslation("admin.staff.saved", account.username()))
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				refresh();
			}
		});
		save.setId("edit-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button reset = new Button(getTranslation("staff.resetPassword"), (click) -> confirmReset(account));
		reset.setId("edit-reset-password");
		reset.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.editor.add(new H3(getTranslation("admin.staff.edit", account.username())),
				new FormLayout(name, division, roles, enabled), new HorizontalLayout(save, reset));
	}

	/**
	 * Asked once more, then the temporary password is shown this once, for the admin to
	 * pass on.
	 */
	private void confirmReset(StaffAccount account) {
		Dialog dialog = new Dialog();
		dialog.setId("reset-dialog");
		dialog.setHeaderTitle(getTranslation("staff.resetPassword"));
		dialog.add(new Paragraph(getTranslation("staff.resetConfirm", account.displayName())));
		Button confirm = new Button(getTranslation("staff.resetPassword"));
		confirm.setId("reset-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		confirm.addClickListener((click) -> {
			AtomicReference<String> temporary = new AtomicReference<>();
			if (Refusals.attempt(() -> temporary.set(this.accounts.resetPassword(account.username())))) {
				dialog.removeAll();
				dialog.getFooter().removeAll();
				Span password = new Span(temporary.get());
				password.setId("temporary-password");
				password.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)");
				dialog.add(new Paragraph(getTranslation("staff.resetDone", account.displayName())), password);
				Button close = new Button(getTranslation("staff.close"), (done) -> dialog.close());
				close.setId("reset-close");
				dialog.getFooter().add(close);
			}
		});
		Button cancel = new Button(getTranslation("staff.cancel"), (click) -> dialog.close());
		dialog.getFooter().add(cancel, confirm);
		dialog.open();
	}

	private String roles(Set<Role> roles) {
		return roles.stream()
			.sorted()
			.map((role) -> getTranslation("role." + role.name()))
			.collect(Collectors.joining("、"));
	}

	private void refresh() {
		this.editor.removeAll();
		DivisionRef selected = this.division.getValue();
		this.staff.setItems((selected != null)
				? this.accounts.staffOfDivision(selected.departmentCode(), selected.code()) : List.of());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("admin.staff.title");
	}

}
