package org.kjt.approvals.cases;

import org.jspecify.annotations.Nullable;

/** The history entries every process's cases have. */
public enum CaseHistoryType implements HistoryType {

	CREATED, MATERIAL_UPLOADED, SUBMITTED, NOTICE_ISSUED, TASK_COMPLETED, CLAIMED, RETURNED_TO_GROUP, TRANSFERRED,
	/** Accepted with minor gaps (容缺受理), each due later. */
	ACCEPTED_WITH_GAPS,
	/** A gap of such an acceptance handed in. */
	GAP_FILLED,
	/** Art. 32: no intake decision within 5 working days. */
	DEEMED_ACCEPTED, CORRECTION_ANSWERED, REVISED, EXTENSION_DENIED, CLOCK_STARTED, CLOCK_SUSPENDED, CLOCK_RESUMED,
	CLOCK_EXTENDED, CLOCK_STOPPED, DEADLINE_RECOMPUTED, REMINDER, ESCALATED, WITHDRAWN, CLOSED,
	/** Another division asked for a written opinion (征求意见). */
	CONSULTATION_REQUESTED,
	/** The applicant rated the closed case (好差评). */
	RATED,
	/**
	 * The applicant's account left its organisation: the administrator took the case
	 * over.
	 */
	HANDED_OVER;

	/**
	 * The type of a stored code, if it is one of these.
	 * @param code stored code
	 * @return the type, or null for a module's own type
	 */
	static @Nullable CaseHistoryType of(String code) {
		for (CaseHistoryType type : values()) {
			if (type.name().equals(code)) {
				return type;
			}
		}
		return null;
	}

}
