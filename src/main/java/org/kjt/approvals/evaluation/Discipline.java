package org.kjt.approvals.evaluation;

/**
 * The technical fields applications and experts are matched by: the eight fields of
 * 《国家重点支持的高新技术领域》 (国科发火〔2016〕32号, annex), also used for the other evaluated items'
 * disciplines.
 */
public enum Discipline {

	ELECTRONIC_INFORMATION, BIOMEDICINE, AEROSPACE, NEW_MATERIALS, HIGH_TECH_SERVICES, NEW_ENERGY,
	RESOURCES_ENVIRONMENT, ADVANCED_MANUFACTURING

}
