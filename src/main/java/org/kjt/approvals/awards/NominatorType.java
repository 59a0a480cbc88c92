package org.kjt.approvals.awards;

/** Who nominates for an award. */
enum NominatorType {

	/** An organisation (单位提名). */
	ORGANISATION,
	/** At least three peer experts (专家提名). */
	EXPERTS

}
