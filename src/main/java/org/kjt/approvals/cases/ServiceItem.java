package org.kjt.approvals.cases;

import java.util.List;
import java.util.Locale;
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
	 * The name in the reader's language (Chinese unless English).
	 * @param locale the reader's locale
	 * @return the name
	 */
	public String name(Locale locale) {
		return english(locale) ? this.nameEn : this.name;
	}

	/**
	 * The legal basis in the reader's language.
	 * @param locale the reader's locale
	 * @return the legal basis
	 */
	public String legalBasis(Locale locale) {
		return english(locale) ? this.legalBasisEn : this.legalBasis;
	}

	/**
	 * The conditions in the reader's language.
	 * @param locale the reader's locale
	 * @return the conditions
	 */
	public String conditions(Locale locale) {
		return english(locale) ? this.conditionsEn : this.conditions;
	}

	/**
	 * The fee in the reader's language.
	 * @param locale the reader's locale
	 * @return the fee
	 */
	public String fee(Locale locale) {
		return english(locale) ? this.feeEn : this.fee;
	}

	static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
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

		/**
		 * The label in the reader's language.
		 * @param locale the reader's locale
		 * @return the label
		 */
		public String name(Locale locale) {
			return english(locale) ? this.nameEn : this.name;
		}

	}

	public boolean offeredBy(String departmentCode) {
		return this.departments.contains(departmentCode);
	}

}
