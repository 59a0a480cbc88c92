package org.kjt.approvals.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * A user on a temporary password (an admin's reset) sees the password page and nothing
 * else until a password of their own is chosen.
 */
@Component
class PasswordChangeRedirect implements VaadinServiceInitListener {

	private final Accounts accounts;

	private final CurrentUser currentUser;

	PasswordChangeRedirect(Accounts accounts, CurrentUser currentUser) {
		this.accounts = accounts;
		this.currentUser = currentUser;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener((ui) -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
	}

	private void beforeEnter(BeforeEnterEvent event) {
		if (event.getNavigationTarget() == ChangePasswordView.class || event.getNavigationTarget() == LoginView.class) {
			return;
		}
		boolean due = this.currentUser.get()
			.flatMap((user) -> this.accounts.find(user.username()))
			.map(AppUser::passwordChangeRequired)
			.orElse(false);
		if (due) {
			event.rerouteTo(ChangePasswordView.class);
		}
	}

}
