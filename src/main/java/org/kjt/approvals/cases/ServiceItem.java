package org.kjt.approvals.cases;

import java.util.List;
import java.util.Optional;

/**
 * A service item (服务事项) as published under Art. 30: legal basis, conditions, materials,
 * time limit, fee, and the process it runs.
 *
 * @param code stable code
 * @param process BPMN process key
 * @param departments departments offering it
 * @param name Chinese name
 * @param nameEn English name
 * @param legalBasis legal basis (Chinese)
 * @param legalBasisEn legal basis (English)
 * @param conditions conditions (Chinese)
 * @param conditionsEn conditions (English)
 * @param timeLimitDays statutory time limit in working days
 * @param fee fee (Chinese)
 * @param feeEn fee (English)
 * @param onSiteInspection whether review needs on-site verification by two staff
 * @param licenceValidityYears validity of the licence granted
 * @param renewalWindowMonths renewal applied for within this many months before expiry
 * @param formFields the application form's fields
 * @param materials the full materials checklist
 */
public record ServiceItem(String code, String process, List<String> departments, String name, String nameEn,
		String legalBasis, String legalBasisEn, String conditions, String conditionsEn, int timeLimitDays, String fee,
		String feeEn, boolean onSiteInspection, int licenceValidityYears, int renewalWindowMonths,
		List<FormField> formFields, List<MaterialRequirement> materials) {

	public Optional<MaterialRequirement> material(String materialCode) {
		return this.materials.stream().filter((material) -> material.code().equals(materialCode)).findFirst();
	}

	/**
	 * A field of the application form.
	 *
	 * @param code field code (key in the form)
	 * @param name Chinese label
	 * @param nameEn English label
	 * @param required whether submission needs it
	 * @param personal personal data (passport number, date of birth): shown only to the
	 * applicant and the staff handling the case, masked elsewhere
	 * @param derived computed by the system at submission, not entered
	 */
	public record FormField(String code, String name, String nameEn, boolean required, boolean personal,
			boolean derived) {

	}

	public boolean offeredBy(String departmentCode) {
		return this.departments.contains(departmentCode);
	}

}
