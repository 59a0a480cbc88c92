package org.kjt.approvals.base;

import java.util.Locale;

/**
 * Masks personal data (passport numbers, dates of birth, names) wherever it is shown to
 * someone who does not handle the case: lists, logs, public verification.
 */
public final class Masking {

	private Masking() {
	}

	/**
	 * Keeps the first two and last two characters of an identifier.
	 * @param value e.g. a passport number
	 * @return e.g. {@code E1*****78}; {@code null} stays null
	 */
	public static String identifier(String value) {
		if (value == null) {
			return null;
		}
		String text = value.strip();
		if (text.length() <= 4) {
			return "*".repeat(text.length());
		}
		return text.substring(0, 2) + "*".repeat(text.length() - 4) + text.substring(text.length() - 2);
	}

	/**
	 * Keeps the year of a date.
	 * @param isoDate e.g. {@code 1985-03-14}
	 * @return e.g. {@code 1985-**-**}
	 */
	public static String date(String isoDate) {
		if (isoDate == null) {
			return null;
		}
		String text = isoDate.strip();
		return (text.length() >= 4) ? text.substring(0, 4) + "-**-**" : "****-**-**";
	}

	/**
	 * A name reduced to its initial.
	 * @param name full name, e.g. {@code SMITH JOHN}
	 * @return e.g. {@code S.}
	 */
	public static String initial(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		return name.strip().substring(0, 1).toUpperCase(Locale.ROOT) + ".";
	}

	/**
	 * Masks any personal value: dates keep their year, everything else its ends.
	 * @param value the value
	 * @return the masked value
	 */
	public static String any(Object value) {
		if (value == null) {
			return null;
		}
		String text = value.toString();
		return text.matches("\\d{4}-\\d{2}-\\d{2}") ? date(text) : identifier(text);
	}

}
