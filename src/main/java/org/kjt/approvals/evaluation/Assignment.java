package org.kjt.approvals.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An application assigned to an expert, as that expert sees it: never another expert's
 * scores or name.
 *
 * @param id the seat id
 * @param referenceNo the case's reference number
 * @param itemCode its item
 * @param itemName the item's name in the reader's language
 * @param applicantName the applicant organisation (to recognise a conflict)
 * @param state assigned, scored or conflict declared
 * @param dueOn the day scores are due
 * @param overdue whether it is past due and not scored
 * @param late whether the score came after the due day
 * @param criteria the scoring sheet
 * @param scores the expert's own points, once scored
 * @param total their total, once scored
 * @param comment their comment, once scored
 * @param application the application as the panel was given it
 */
public record Assignment(long id, String referenceNo, String itemCode, String itemName, String applicantName,
		SeatState state, LocalDate dueOn, boolean overdue, boolean late, List<EvaluationItem.Criterion> criteria,
		Map<String, Integer> scores, @Nullable BigDecimal total, @Nullable String comment,
		Map<String, Object> application) {

}
