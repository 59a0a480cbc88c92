package org.kjt.approvals.security.ui;

import java.util.EnumSet;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.orgstructure.DivisionRef;
import org.kjt.approvals.security.Role;
import org.kjt.approvals.security.StaffAccount;
import org.kjt.approvals.support.KaribuSupport;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** An admin disables a staff account on the staff page; roles read in words. */
class StaffAdminViewTests extends KaribuSupport {

	@Test
	void anAdminDisablesAStaffAccount() {
		login("admin");
		String username = "ui-staff-" + System.nanoTime() % 100_000;
		this.accounts.createStaff(username, "staff-pass-1", "界面停用测试", "liaoning", "ln.office",
				EnumSet.of(Role.DIVISION_HEAD));
		Grid<StaffAccount> grid = staffOfLiaoningOffice();
		StaffAccount account = grid.getGenericDataView()
			.getItems()
			.filter((found) -> found.username().equals(username))
			.findFirst()
			.orElseThrow();
		// Roles in words, not enum names.
		int row = grid.getGenericDataView().getItems().map(StaffAccount::username).toList().indexOf(username);
		assertThat(GridKt._getFormattedRow(grid, row)).contains("处室工作人员、处室负责人", "可登录")
			.noneMatch((cell) -> cell.contains("DIVISION_HEAD"));
		grid.select(account);
		_get(Checkbox.class, (spec) -> spec.withId("edit-enabled")).setValue(false);
		_click(_get(Button.class, (spec) -> spec.withId("edit-save")));
		StaffAccount saved = this.accounts.staffOfDivision("liaoning", "ln.office")
			.stream()
			.filter((found) -> found.username().equals(username))
			.findFirst()
			.orElseThrow();
		assertThat(saved.enabled()).isFalse();
		assertThat(saved.roles()).isEqualTo(Set.of(Role.STAFF, Role.DIVISION_HEAD));
	}

	/**
	 * The admin resets a forgotten password: asked once more, the temporary password is
	 * shown once, and its owner sees only the password page until choosing a new one.
	 */
	@Test
	void anAdminResetsAPasswordAndItsOwnerMustChangeIt() {
		login("admin");
		String username = "ui-reset-" + System.nanoTime() % 100_000;
		this.accounts.createStaff(username, "staff-pass-1", "界面重置测试", "liaoning", "ln.office", Set.of());
		Grid<StaffAccount> grid = staffOfLiaoningOffice();
		grid.select(grid.getGenericDataView()
			.getItems()
			.filter((found) -> found.username().equals(username))
			.findFirst()
			.orElseThrow());
		_click(_get(Button.class, (spec) -> spec.withId("edit-reset-password")));
		assertThat(this.accounts.find(username).orElseThrow().passwordChangeRequired()).isFalse();
		_click(_get(Button.class, (spec) -> spec.withId("reset-confirm")));
		String temporary = _get(Span.class, (spec) -> spec.withId("temporary-password")).getText();
		assertThat(temporary).hasSize(14);
		assertThat(this.accounts.find(username).orElseThrow().passwordChangeRequired()).isTrue();

		// Its owner is sent to the password page wherever they go.
		login(username);
		UI.getCurrent().navigate("workbench");
		assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
			.isInstanceOf(ChangePasswordView.class);
		_get(PasswordField.class, (spec) -> spec.withId("password-current")).setValue(temporary);
		_get(PasswordField.class, (spec) -> spec.withId("password-new")).setValue("my-own-pass-2026");
		_get(PasswordField.class, (spec) -> spec.withId("password-confirm")).setValue("my-own-pass-2026");
		_click(_get(Button.class, (spec) -> spec.withId("password-save")));
		assertThat(this.accounts.find(username).orElseThrow().passwordChangeRequired()).isFalse();
		UI.getCurrent().navigate("workbench");
		assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
			.isNotInstanceOf(ChangePasswordView.class);
	}

	/** The staff page showing the accounts of Liaoning's approval office. */
	@SuppressWarnings("unchecked")
	private static Grid<StaffAccount> staffOfLiaoningOffice() {
		UI.getCurrent().navigate("admin/staff");
		Select<DivisionRef> division = _get(Select.class);
		division.setValue(division.getGenericDataView()
			.getItems()
			.filter((ref) -> ref.code().equals("ln.office"))
			.findFirst()
			.orElseThrow());
		return _get(Grid.class, (spec) -> spec.withId("staff-accounts"));
	}

}
