package org.kjt.approvals.calendar;

/** Why a day is or is not a working day. */
public enum DayKind {

	/** A weekday without holiday. */
	WORKDAY(true),
	/** A weekend day listed as make-up working day (调休上班). */
	MAKE_UP_WORKDAY(true),
	/** A statutory holiday (休息日). */
	HOLIDAY(false),
	/** A Saturday or Sunday. */
	WEEKEND(false);

	private final boolean working;

	DayKind(boolean working) {
		this.working = working;
	}

	public boolean isWorking() {
		return this.working;
	}

}
