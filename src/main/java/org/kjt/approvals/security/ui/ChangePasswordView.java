package org.kjt.approvals.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;

/**
 * 修改密码: any signed-in user, and the only page open to one on a temporary password.
 */
@Route("account/password")
@Menu(title = "password.menu", order = 99)
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

	ChangePasswordView(Accounts accounts, CurrentUser currentUser) {
		setMaxWidth("40rem");
		add(new H2(getTranslation("password.title")));
		boolean forced = currentUser.get()
			.flatMap((user) -> accounts.find(user.username()))
			.map(AppUser::passwordChangeRequired)
			.orElse(false);
		if (forced) {
			Paragraph reason = new Paragraph(getTranslation("password.forced"));
			reason.setId("password-forced");
			add(reason);
		}
		PasswordField current = new PasswordField(getTranslation("password.current"));
		current.setId("password-current");
		current.setRequiredIndicatorVisible(true);
		PasswordField fresh = new PasswordField(getTranslation("password.new"));
		fresh.setId("password-new");
		fresh.setRequiredIndicatorVisible(true);
		fresh.setHelperText(getTranslation("password.rule", accounts.minPasswordLength()));
		PasswordField again = new PasswordField(getTranslation("password.confirm"));
		again.setId("password-confirm");
		again.setRequiredIndicatorVisible(true);
		Button save = new Button(getTranslation("password.save"), (click) -> {
			if (!fresh.getValue().equals(again.getValue())) {
				Refusals.show(DomainException.invalid("newPassword", "account.error.passwordMismatch"));
				return;
			}
			if (Refusals.attempt(() -> accounts.changeOwnPassword(current.getValue(), fresh.getValue()))) {
				Notification.show(getTranslation("password.changed"), 3000, Notification.Position.TOP_CENTER)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				getUI().ifPresent((ui) -> ui.navigate("start"));
			}
		});
		save.setId("password-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		FormLayout form = new FormLayout(current, fresh, again);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		add(form, save);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("password.title");
	}

}
