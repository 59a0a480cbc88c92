package org.kjt.approvals.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.evaluation.EvaluationOverview;
import org.kjt.approvals.inbox.InboxItem;

/**
 * The figures of a department, or of one of its divisions, over a period.
 *
 * @param department department code
 * @param division division code, or null for the whole department
 * @param from first day of the period
 * @param to last day of the period
 * @param today the day the open figures are taken
 * @param items per service item handled there
 * @param total all of them together
 * @param weeks received and decided per week (Monday to Sunday) of the period
 * @param workload open tasks per holder (none: still in the division's queue)
 * @param overdue open tasks past their due date, most overdue first
 * @param nearDue open tasks due within {@link Dashboards#NEAR_DUE_DAYS} working days
 * @param evaluations where the evaluated items stand now: calls, panels scoring with each
 * expert's progress, objections to handle
 */
public record Dashboard(String department, @Nullable String division, LocalDate from, LocalDate to, LocalDate today,
		List<ItemRow> items, ItemRow total, List<Week> weeks, List<Load> workload, List<InboxItem> overdue,
		List<InboxItem> nearDue, EvaluationOverview evaluations) {

	/**
	 * One service item's figures.
	 *
	 * @param item service item code (empty for the total)
	 * @param division the division responsible for its review
	 * @param received applications received in the period
	 * @param decided decided in the period
	 * @param onTime of those, within the statutory limit
	 * @param onTimeRate onTime / decided, null when nothing was decided
	 * @param averageWorkingDays working days from acceptance to decision, less the days
	 * the clock stood still; null when none
	 * @param extended decided after the one extension
	 * @param suspended decided after the clock stood still for a while
	 * @param open being handled now
	 */
	public record ItemRow(String item, String division, long received, long decided, long onTime,
			@Nullable Double onTimeRate, @Nullable Double averageWorkingDays, long extended, long suspended,
			long open) {

	}

	/**
	 * One week.
	 *
	 * @param weekOf its Monday
	 * @param received applications received
	 * @param decided cases decided
	 */
	public record Week(LocalDate weekOf, long received, long decided) {

	}

	/**
	 * Open tasks of one holder.
	 *
	 * @param assignee user name, null for the division's queue
	 * @param name display name (or the queue's)
	 * @param open open tasks
	 * @param overdue of those, overdue
	 */
	public record Load(@Nullable String assignee, String name, long open, long overdue) {

	}

}
