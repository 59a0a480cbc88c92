package org.kjt.approvals.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * An error shown on one page is about that page: it closes when the user goes to another,
 * so it does not stand beside the next page's news (a log-in page after registering,
 * say). Success messages stay their few seconds.
 */
@Component
class StaleErrors implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener((init) -> {
			UI ui = init.getUI();
			// Before the next page builds itself, so the errors it shows on arrival stay.
			ui.addBeforeEnterListener((navigation) -> close(ui));
		});
	}

	static void close(UI ui) {
		ui.getChildren()
			.filter(Notification.class::isInstance)
			.map(Notification.class::cast)
			.filter((notification) -> notification.getThemeNames().contains("error") && notification.isOpened())
			.toList()
			.forEach(Notification::close);
	}

}
