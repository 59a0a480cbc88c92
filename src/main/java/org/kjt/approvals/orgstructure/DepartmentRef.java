package org.kjt.approvals.orgstructure;

/**
 * A department, briefly.
 *
 * @param code {@code jilin} or {@code liaoning}
 * @param nameZh Chinese name
 * @param nameEn English name
 */
public record DepartmentRef(String code, String nameZh, String nameEn) {

}
