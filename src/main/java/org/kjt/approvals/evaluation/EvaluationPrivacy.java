package org.kjt.approvals.evaluation;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kjt.approvals.cases.StaffOnlyHistory;

import org.springframework.stereotype.Component;

/**
 * The applicant never learns who sits on its panel, how each expert scored or who
 * objected: those entries are the department's; the applicant reads the score, the
 * notices and the decision.
 */
@Component
class EvaluationPrivacy implements StaffOnlyHistory {

	@Override
	public Set<String> staffOnlyTypes() {
		return Stream
			.of(EvaluationHistoryType.PANEL_DRAWN, EvaluationHistoryType.CONFLICT_DECLARED,
					EvaluationHistoryType.EXPERT_SCORED, EvaluationHistoryType.SCORING_REMINDER,
					EvaluationHistoryType.SCORING_OVERDUE, EvaluationHistoryType.OBJECTION_RECEIVED,
					EvaluationHistoryType.OBJECTION_HANDLED)
			.map(Enum::name)
			.collect(Collectors.toUnmodifiableSet());
	}

}
