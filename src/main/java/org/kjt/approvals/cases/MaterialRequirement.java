package org.kjt.approvals.cases;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.kjt.approvals.documents.FileType;

/**
 * One line of a service item's materials checklist.
 *
 * @param code stable code, used when uploading
 * @param name Chinese name
 * @param nameEn English name
 * @param mandatory whether submission needs it
 * @param types accepted file types
 * @param waivedWhen form values under which a mandatory material is not needed (e.g. work
 * of 90 days or less: {@code shortTerm=true}); empty if never
 * @param waivedNote when it is waived, in words (Chinese), or null
 * @param waivedNoteEn the same in English, or null
 */
public record MaterialRequirement(String code, String name, String nameEn, boolean mandatory, Set<FileType> types,
		Map<String, String> waivedWhen, @Nullable String waivedNote, @Nullable String waivedNoteEn) {

	/**
	 * Whether submission needs it for this form: mandatory, and not waived by the form.
	 * @param form the application form
	 * @return true if it must be handed in
	 */
	public boolean mandatoryFor(Map<String, Object> form) {
		return this.mandatory && (this.waivedWhen.isEmpty() || !this.waivedWhen.entrySet()
			.stream()
			.allMatch((entry) -> entry.getValue().equals(String.valueOf(form.get(entry.getKey())))));
	}

	/**
	 * When a mandatory material is waived, in the reader's language.
	 * @param locale the reader's locale
	 * @return the note, or null if never waived
	 */
	public @Nullable String waivedNote(Locale locale) {
		return ServiceItem.english(locale) ? this.waivedNoteEn : this.waivedNote;
	}

	/**
	 * The name in the reader's language (Chinese unless English).
	 * @param locale the reader's locale
	 * @return the name
	 */
	public String name(Locale locale) {
		return ServiceItem.english(locale) ? this.nameEn : this.name;
	}

}
