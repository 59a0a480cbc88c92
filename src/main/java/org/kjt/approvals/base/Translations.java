package org.kjt.approvals.base;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Every user-facing text comes from the {@code i18n/messages} bundles; zh-CN is the
 * primary language and English the second. Vaadin views and Java services read them
 * through here.
 */
@Component
public class Translations implements I18NProvider {

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);

	private final MessageSource messages;

	Translations(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public List<Locale> getProvidedLocales() {
		return LOCALES;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		Locale effective = supported(locale);
		try {
			return this.messages.getMessage(key, params, effective);
		}
		catch (NoSuchMessageException ex) {
			// Visible in the UI and caught by the bundle tests rather than failing a
			// page.
			return "!" + key + "!";
		}
	}

	/**
	 * A text for the case record (history details), which is kept in the official
	 * language, Chinese, whatever the reader's UI language; like the written notices.
	 * @param key message key
	 * @param params message arguments
	 * @return the text
	 */
	public String translate(String key, Object... params) {
		return getTranslation(key, CHINESE, params);
	}

	/**
	 * A phrase in the record's language, Chinese.
	 * @param phrase the phrase
	 * @return the text
	 */
	public String translate(Phrase phrase) {
		return getTranslation(phrase.key(), CHINESE, phrase.arguments());
	}

	/**
	 * Maps any requested locale to one the bundles provide.
	 * @param locale requested locale, may be {@code null}
	 * @return Chinese unless English was asked for
	 */
	public static Locale supported(Locale locale) {
		if (locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())) {
			return ENGLISH;
		}
		return CHINESE;
	}

}
