package org.kjt.approvals.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.kjt.approvals.base.DomainException;

/**
 * Shows a refused action to the user in their language; the views all do it the same way.
 */
public final class Refusals {

	private Refusals() {
	}

	/**
	 * Runs a UI action and shows its refusal, if any, as an error notification.
	 * @param action the action
	 * @return whether it succeeded
	 */
	public static boolean attempt(Runnable action) {
		try {
			action.run();
			return true;
		}
		catch (DomainException ex) {
			show(ex);
			return false;
		}
	}

	public static void show(DomainException ex) {
		UI ui = UI.getCurrent();
		String message = (ui != null) ? ui.getTranslation(ex.messageKey(), ex.arguments()) : ex.getMessage();
		Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

}
