package org.kjt.approvals.cases;

import java.util.Locale;
import java.util.Set;

import org.kjt.approvals.documents.FileType;

/**
 * One line of a service item's materials checklist.
 *
 * @param code stable code, used when uploading
 * @param name Chinese name
 * @param nameEn English name
 * @param mandatory whether submission needs it
 * @param types accepted file types
 */
public record MaterialRequirement(String code, String name, String nameEn, boolean mandatory, Set<FileType> types) {

	/**
	 * The name in the reader's language (Chinese unless English).
	 * @param locale the reader's locale
	 * @return the name
	 */
	public String name(Locale locale) {
		return ServiceItem.english(locale) ? this.nameEn : this.name;
	}

}
