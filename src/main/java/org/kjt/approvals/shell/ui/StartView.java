package org.kjt.approvals.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.Role;

/**
 * Where a log-in lands when no page was asked for: staff on their workbench, admins on
 * the staff accounts, applicants on the home page.
 */
@Route("start")
@PermitAll
class StartView extends Div implements BeforeEnterObserver {

	private final CurrentUser currentUser;

	StartView(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		AppUser user = this.currentUser.get().orElse(null);
		if (user != null && user.isStaff()) {
			event.forwardTo("workbench");
		}
		else if (user != null && user.has(Role.EXPERT)) {
			event.forwardTo("expert");
		}
		else if (user != null && user.has(Role.ADMIN)) {
			event.forwardTo("admin/staff");
		}
		else {
			event.forwardTo("");
		}
	}

}
