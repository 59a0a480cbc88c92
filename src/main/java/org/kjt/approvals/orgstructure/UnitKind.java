package org.kjt.approvals.orgstructure;

/** What kind of unit a division code names. */
public enum UnitKind {

	/** An internal division (内设机构) listed in the seed. */
	INTERNAL,
	/** The party committee (机关党委). */
	PARTY,
	/** The department's leadership (厅领导). */
	LEADERSHIP,
	/**
	 * A body a duty of the seed names outside the internal divisions, entrusted with
	 * projects' intake and review (e.g. Jilin's 省自然科学基金委).
	 */
	COMMITTEE

}
