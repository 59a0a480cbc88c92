package org.kjt.approvals.orgstructure;

/**
 * A department in one line, for lists.
 *
 * @param code department code
 * @param name Chinese name
 * @param nameEn English name
 * @param rank rank, if published
 * @param address address
 * @param divisionCount number of its units
 */
public record DepartmentSummary(String code, String name, String nameEn, String rank, String address,
		int divisionCount) {

}
