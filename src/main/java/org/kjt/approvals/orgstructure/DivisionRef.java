package org.kjt.approvals.orgstructure;

/**
 * A unit of a department; its code is also the candidate group of its tasks.
 *
 * @param code e.g. {@code ln.foreign-experts}
 * @param departmentCode department
 * @param nameZh Chinese name as published
 * @param nameEn English name
 * @param kind internal division, party committee or leadership
 */
public record DivisionRef(String code, String departmentCode, String nameZh, String nameEn, UnitKind kind) {

}
