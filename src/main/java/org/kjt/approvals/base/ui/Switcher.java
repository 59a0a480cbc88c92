package org.kjt.approvals.base.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * A row of buttons choosing one view of a page (e.g. which department), the chosen one
 * pressed. Used instead of tabs, whose web component fails axe's rule on a tab list's
 * children.
 */
public class Switcher extends HorizontalLayout {

	private final Map<String, Button> buttons = new LinkedHashMap<>();

	private final Consumer<String> chosen;

	/**
	 * @param label what is chosen, for screen readers
	 * @param chosen called with the key of the button pressed
	 */
	public Switcher(String label, Consumer<String> chosen) {
		this.chosen = chosen;
		getElement().setAttribute("role", "group");
		getElement().setAttribute("aria-label", label);
		getStyle().set("flex-wrap", "wrap");
		setSpacing(false);
		getStyle().set("gap", "var(--lumo-space-xs)");
	}

	/**
	 * Adds a choice.
	 * @param key what it chooses
	 * @param id the button's id
	 * @param text its text
	 */
	public void addChoice(String key, String id, String text) {
		Button button = new Button(text, (click) -> {
			select(key);
			this.chosen.accept(key);
		});
		button.setId(id);
		this.buttons.put(key, button);
		add(button);
	}

	/**
	 * Shows a choice as the chosen one, without calling back.
	 * @param key the choice
	 */
	public void select(String key) {
		this.buttons.forEach((candidate, button) -> {
			boolean on = candidate.equals(key);
			button.getElement().setAttribute("aria-pressed", String.valueOf(on));
			if (on) {
				button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			}
			else {
				button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
			}
		});
	}

}
