package org.kjt.approvals.cases;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a module adds to the published catalogue about its items beyond the catalogue file
 * (e.g. the calls an evaluated item is applied for in), read once per department.
 */
public interface CatalogueNotes {

	/**
	 * The notes of a department's items.
	 * @param departmentCode department
	 * @param locale the reader's language
	 * @return lines per item code
	 */
	Map<String, List<String>> notes(String departmentCode, Locale locale);

}
