package org.kjt.approvals.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A case's panel as the reviewing division sees it: who sits, who has scored and when;
 * the totals and the score only once every expert has scored.
 *
 * @param caseId the case
 * @param referenceNo its reference number
 * @param applicantName the applicant
 * @param itemCode its item
 * @param round the round of review (a second after an upheld objection)
 * @param seed the draw's seed
 * @param composition the panel's composition, e.g. TECHNICAL:3,FINANCIAL:1
 * @param dueOn the day scores are due
 * @param seats each seat, in the order drawn
 * @param vacancies seats still to fill (the pool had no other eligible expert)
 * @param complete whether every seat has scored
 * @param score the aggregate, once complete
 * @param passed whether it passes the item's mark, once complete
 */
public record PanelView(long caseId, String referenceNo, String applicantName, String itemCode, int round, long seed,
		String composition, LocalDate dueOn, List<SeatView> seats, int vacancies, boolean complete,
		@Nullable BigDecimal score, @Nullable Boolean passed) {

	/**
	 * A seat.
	 *
	 * @param id seat id
	 * @param username the expert's log-in
	 * @param expertName the expert
	 * @param organisationName their organisation
	 * @param kind technical, financial or management
	 * @param drawNo 0 for the first draw, n for the n-th replacement
	 * @param state where it stands
	 * @param scoredAt when scored
	 * @param late whether scored after the due day
	 * @param total the expert's total, once every seat has scored
	 * @param comment the expert's comment, once every seat has scored
	 * @param conflictReason the conflict declared, if any
	 */
	public record SeatView(long id, String username, String expertName, String organisationName, ExpertKind kind,
			int drawNo, SeatState state, @Nullable Instant scoredAt, boolean late, @Nullable BigDecimal total,
			@Nullable String comment, @Nullable String conflictReason) {

	}

}
