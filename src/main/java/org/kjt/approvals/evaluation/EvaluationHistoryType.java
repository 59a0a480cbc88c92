package org.kjt.approvals.evaluation;

import org.kjt.approvals.cases.HistoryType;

/** History entries of evaluated cases. */
public enum EvaluationHistoryType implements HistoryType {

	/** A panel drawn, with its seed. */
	PANEL_DRAWN,
	/** An expert declared a conflict; who replaced them. */
	CONFLICT_DECLARED,
	/** An expert scored (their points stay with the panel). */
	EXPERT_SCORED,
	/** Every expert has scored: the aggregate and whether it passes. */
	PANEL_SCORED,
	/** Experts reminded before the due day. */
	SCORING_REMINDER,
	/** The due day passed with scores missing. */
	SCORING_OVERDUE,
	/** The public notice opened. */
	NOTICE_OPENED,
	/** An objection received. */
	OBJECTION_RECEIVED,
	/** An objection handled: upheld or rejected, with reasons. */
	OBJECTION_HANDLED,
	/** The public notice ended. */
	NOTICE_ENDED,
	/** The certificate issued. */
	CERTIFICATE_ISSUED

}
