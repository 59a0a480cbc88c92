package org.kjt.approvals.orgstructure;

/** What kind of unit a division code names. */
public enum UnitKind {

	/** An internal division (内设机构) listed in the seed. */
	INTERNAL,
	/** The party committee (机关党委). */
	PARTY,
	/** The department's leadership (厅领导). */
	LEADERSHIP

}
