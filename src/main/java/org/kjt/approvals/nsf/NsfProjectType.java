package org.kjt.approvals.nsf;

/** The kinds of natural-science fund project. */
public enum NsfProjectType {

	/** 面上项目. */
	GENERAL,
	/** 青年科学基金项目: the principal investigator's age is limited. */
	YOUTH,
	/** 重点项目. */
	KEY

}
