package org.kjt.approvals.evaluation;

import java.util.Arrays;
import java.util.List;

/**
 * The fields applications and experts are matched by: the eight fields of 《国家重点支持的高新技术领域》
 * (国科发火〔2016〕32号, annex) for technology, and the science departments of the
 * natural-science funds (as the national fund divides them) for research.
 */
public enum Discipline {

	ELECTRONIC_INFORMATION(true), BIOMEDICINE(true), AEROSPACE(true), NEW_MATERIALS(true), HIGH_TECH_SERVICES(true),
	NEW_ENERGY(true), RESOURCES_ENVIRONMENT(true), ADVANCED_MANUFACTURING(true),

	MATHEMATICS_PHYSICS(false), CHEMISTRY(false), LIFE_SCIENCES(false), EARTH_SCIENCES(false),
	ENGINEERING_MATERIALS(false), INFORMATION_SCIENCES(false), MANAGEMENT_SCIENCES(false), MEDICAL_SCIENCES(false);

	private final boolean technologyField;

	Discipline(boolean technologyField) {
		this.technologyField = technologyField;
	}

	/**
	 * The high-tech fields (what a high-tech enterprise's products belong to).
	 * @return the fields
	 */
	public static List<Discipline> technologyFields() {
		return Arrays.stream(values()).filter((discipline) -> discipline.technologyField).toList();
	}

	/**
	 * The science departments (what a research project belongs to).
	 * @return the departments
	 */
	public static List<Discipline> scienceDepartments() {
		return Arrays.stream(values()).filter((discipline) -> !discipline.technologyField).toList();
	}

}
