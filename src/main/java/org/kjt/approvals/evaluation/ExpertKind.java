package org.kjt.approvals.evaluation;

/** What an expert of the pool judges: the technology, the finances, or the management. */
public enum ExpertKind {

	TECHNICAL, FINANCIAL, MANAGEMENT

}
