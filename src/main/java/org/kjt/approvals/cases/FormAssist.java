package org.kjt.approvals.cases;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Help a module gives the application form of its items: which fields are dates or
 * choices, and a live summary of what the form as entered so far amounts to (e.g. the
 * work-permit score and category), shown while it is filled in.
 */
public interface FormAssist {

	/**
	 * Whether this assists the form of an item.
	 * @param itemCode service item
	 * @return true if so
	 */
	boolean handles(String itemCode);

	/**
	 * The choices of a field.
	 * @param field field code
	 * @return the choices, empty for free text
	 */
	default List<String> choices(String field) {
		return List.of();
	}

	/**
	 * Whether a field is a date.
	 * @param field field code
	 * @return true for a date
	 */
	default boolean isDate(String field) {
		return false;
	}

	/**
	 * The live summary of the form so far, as lines of text; or what is still missing or
	 * wrong for it to be computed.
	 * @param form the form as entered
	 * @param locale the user's language
	 * @return lines to show
	 */
	List<String> live(Map<String, Object> form, Locale locale);

	/**
	 * Whether a field is a table (rows of cells, e.g. a trip's participants): its rows
	 * are kept as text, one per {@code ;}, cells joined by the table's separator, so the
	 * rules that read the field stay as they are.
	 * @param field field code
	 * @return the table's columns, if it is one
	 */
	default Optional<Table> table(String field) {
		return Optional.empty();
	}

	/**
	 * A field edited as a table.
	 *
	 * @param separator what joins a row's cells
	 * @param columns the columns, in order
	 */
	record Table(String separator, List<Column> columns) {

	}

	/**
	 * A column of a table field.
	 *
	 * @param label message key of its heading
	 * @param kind what it holds
	 */
	record Column(String label, ColumnKind kind) {

	}

	/** What a table column holds. */
	enum ColumnKind {

		/** Free text. */
		TEXT,
		/** A date (yyyy-MM-dd). */
		DATE,
		/** A whole number. */
		NUMBER

	}

}
