package org.kjt.approvals.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a department's evaluations stand now (for the dashboard): the calls open or
 * coming, the panels still scoring with each expert's progress, and the objections nobody
 * has handled yet.
 *
 * @param items the evaluated items counted (none: nothing here is evaluated)
 * @param calls calls not yet closed, opening first
 * @param panelsScoring panels with a seat still to score
 * @param seatsOpen seats on those panels still to score
 * @param seatsOverdue of those, past their due day
 * @param seatsScored seats on those panels scored
 * @param experts each expert on those panels, most overdue first: only the experts of the
 * reader's own division's pool (who sits on a live panel is that division's to know)
 * @param openObjections objections not yet handled
 * @param objections the oldest of them (at most a hundred)
 */
public record EvaluationOverview(List<String> items, List<CallRow> calls, long panelsScoring, long seatsOpen,
		long seatsOverdue, long seatsScored, List<ExpertProgress> experts, long openObjections,
		List<ObjectionRow> objections) {

	/**
	 * A call.
	 *
	 * @param item service item code
	 * @param title its title
	 * @param opensAt when it opens
	 * @param closesAt when it closes
	 * @param quota its quota, if any
	 * @param entries applications entered so far
	 * @param extended whether it was extended
	 */
	public record CallRow(String item, String title, Instant opensAt, Instant closesAt, @Nullable Integer quota,
			int entries, boolean extended) {

	}

	/**
	 * One expert's seats on panels still scoring.
	 *
	 * @param name the expert's name
	 * @param open seats still to score
	 * @param overdue of those, past their due day
	 * @param scored seats scored on those panels
	 */
	public record ExpertProgress(String name, long open, long overdue, long scored) {

	}

	/**
	 * An objection waiting to be handled.
	 *
	 * @param caseId the case objected to
	 * @param item service item code
	 * @param subject what the notice published
	 * @param receivedAt when it came in
	 * @param noticeEndsOn the notice's last day
	 */
	public record ObjectionRow(long caseId, String item, String subject, Instant receivedAt, LocalDate noticeEndsOn) {

	}

}
