package org.kjt.approvals.shell.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.KaribuSupport;

/**
 * An error shown on one page closes when the user goes to another; a success message
 * stays its few seconds.
 */
class StaleErrorsTests extends KaribuSupport {

	@Test
	void errorsDoNotFollowTheUserToTheNextPage() {
		UI.getCurrent().navigate("register");
		Notification.show("错误", 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
		Notification.show("注册成功", 4000, Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		// Shown in one round trip, the next page asked for in another.
		MockVaadin.clientRoundtrip(false);
		UI.getCurrent().navigate("login");
		NotificationsKt.expectNotifications("注册成功");
	}

}
