package org.kjt.approvals.nsf;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Phrase;
import org.kjt.approvals.cases.CaseRef;
import org.kjt.approvals.cases.Cases;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funded project's task book (任务书), from its applicant: objectives, the yearly plan,
 * the budget and what will be delivered; the UI and the REST API call this.
 */
@Service
public class NsfTaskBooks {

	/** Local practice: the task book within 20 working days of the 立项通知. */
	static final int TASK_BOOK_WORKING_DAYS = 20;

	private final Cases cases;

	NsfTaskBooks(Cases cases) {
		this.cases = cases;
	}

	/**
	 * Hands in the task book of an own funded project.
	 * @param caseId own case
	 * @param objectives research objectives
	 * @param plan yearly plan
	 * @param budget the budget's breakdown
	 * @param deliverables what will be delivered
	 * @return the case
	 */
	@Transactional
	public CaseRef submit(long caseId, @Nullable String objectives, @Nullable String plan, @Nullable String budget,
			@Nullable String deliverables) {
		Map<String, Object> book = new LinkedHashMap<>();
		book.put("taskObjectives", required("objectives", objectives));
		book.put("taskPlan", required("plan", plan));
		book.put("taskBudget", required("budget", budget));
		book.put("taskDeliverables", required("deliverables", deliverables));
		return this.cases.completeApplicantStep(caseId, "taskBook", NsfHistoryType.TASK_BOOK_SUBMITTED,
				Phrase.of("record.taskBookSubmitted", book.get("taskObjectives"), book.get("taskPlan"),
						book.get("taskBudget"), book.get("taskDeliverables")),
				book);
	}

	private static String required(String field, @Nullable String value) {
		String text = (value == null) ? "" : value.strip();
		if (text.isEmpty() || text.length() > 4000) {
			throw DomainException.invalid(field, "nsf.error.taskBookField", field);
		}
		return text;
	}

}
