package org.kjt.approvals.orgstructure;

/** The roles a step plays in a process, each routed to a responsible unit. */
public enum StepRole {

	/** 受理: intake of applications. */
	INTAKE,
	/** 审查: substantive review. */
	REVIEW,
	/** 处室负责人审核: sign-off by the head of the routed division. */
	SIGN_OFF,
	/** 延期批准: approval of an extension by the department's leadership (Art. 42). */
	EXTENSION_APPROVAL,
	/**
	 * 领导签批: sign-off by the department's leadership where a decision table requires it.
	 */
	LEADER_SIGN_OFF

}
