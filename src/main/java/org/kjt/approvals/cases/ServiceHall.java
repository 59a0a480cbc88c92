package org.kjt.approvals.cases;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where a department receives applicants in person and how to ask it.
 *
 * @param department department code
 * @param place 办理地点
 * @param placeEn the place in English
 * @param phone 咨询电话, if published
 * @param hours office hours, if published
 */
public record ServiceHall(String department, String place, String placeEn, @Nullable String phone,
		@Nullable String hours) {

	/**
	 * @param locale the reader's language
	 * @return the place in it
	 */
	public String place(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.placeEn : this.place;
	}

}
