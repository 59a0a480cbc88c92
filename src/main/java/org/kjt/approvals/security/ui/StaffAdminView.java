package org.kjt.approvals.security.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.Role;

/** Staff accounts per division: admins list them and create new ones. */
@Route("admin/staff")
@Menu(title = "admin.staff.menu", order = 91)
@RolesAllowed("ADMIN")
class StaffAdminView extends VerticalLayout implements HasDynamicTitle {

	private final Accounts accounts;

	private final Select<DivisionRef> division = new Select<>();

	private final Grid<AppUser> staff = new Grid<>(AppUser.class, false);

	StaffAdminView(Accounts accounts, OrgStructure orgStructure) {
		this.accounts = accounts;
		this.division.setLabel(getTranslation("admin.staff.division"));
		this.division.setItems(orgStructure.departments()
			.stream()
			.flatMap((department) -> orgStructure.divisions(department.code()).stream())
			.toList());
		this.division
			.setItemLabelGenerator((ref) -> ref.departmentCode() + " · " + ref.nameZh() + " (" + ref.code() + ")");
		this.division.addValueChangeListener((event) -> refresh());
		this.staff.addColumn(AppUser::username).setHeader(getTranslation("admin.staff.username"));
		this.staff.addColumn(AppUser::displayName).setHeader(getTranslation("admin.staff.name"));
		this.staff.addColumn((user) -> user.roles().toString()).setHeader(getTranslation("admin.staff.roles"));

		TextField username = new TextField(getTranslation("admin.staff.username"));
		TextField name = new TextField(getTranslation("admin.staff.name"));
		PasswordField password = new PasswordField(getTranslation("admin.staff.password"));
		CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.staff.roles"));
		roles.setItems(Role.DIVISION_HEAD, Role.LEADER);
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
		add(new H2(getTranslation("admin.staff.title")), this.division, this.staff,
				new H3(getTranslation("admin.staff.new")), new FormLayout(username, name, password, roles), create);
	}

	private void refresh() {
		DivisionRef selected = this.division.getValue();
		this.staff.setItems((selected != null)
				? this.accounts.staffOfDivision(selected.departmentCode(), selected.code()) : List.of());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("admin.staff.title");
	}

}
