package org.kjt.approvals.workpermit;

import org.kjt.approvals.base.DomainException;

/**
 * Why a person may be applied for from inside China (境内申请): no Notice-and-visa step, the
 * card follows the decision.
 */
enum InCountryBasis {

	/** Holds a work-type residence permit and changes employer (a new application). */
	WORK_RESIDENCE_PERMIT,
	/** Category-A talent in China on another type of visa. */
	CATEGORY_A_OTHER_VISA;

	static InCountryBasis parse(String value) {
		for (InCountryBasis basis : values()) {
			if (basis.name().equals(value)) {
				return basis;
			}
		}
		throw DomainException.invalid("inCountryBasis", "workpermit.error.inCountryBasis", value);
	}

}
