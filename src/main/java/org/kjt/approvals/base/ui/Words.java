package org.kjt.approvals.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Words for a value where the bundles have them (an outcome, a choice, a field), the
 * value itself where they do not: data from an earlier release or a free-text answer.
 */
public final class Words {

	private Words() {
	}

	/**
	 * @param component the component asking (its UI's language)
	 * @param key message key
	 * @param fallback what to show when the bundles have no such key
	 * @return the translation, or the fallback
	 */
	public static String orElse(Component component, String key, String fallback) {
		String text = component.getTranslation(key);
		// base.Translations answers an unknown key as !key!.
		return (text.startsWith("!") && text.endsWith("!")) ? fallback : text;
	}

	/**
	 * A case status in words: the item's own where it has one (an internal sign-off is
	 * not 受理 as a licence is), the general one otherwise.
	 * @param component the component asking
	 * @param item the service item's code
	 * @param status the status
	 * @return the words
	 */
	public static String status(Component component, String item, Enum<?> status) {
		return orElse(component, "status." + item + "." + status.name(),
				component.getTranslation("status." + status.name()));
	}

}
