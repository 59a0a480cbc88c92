package org.kjt.approvals.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.kjt.approvals.cases.CaseDeadlineChanged;
import org.kjt.approvals.cases.CaseIntakeDeadlineChanged;
import org.kjt.approvals.cases.CaseOverdue;
import org.kjt.approvals.cases.CaseProcesses;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves the due dates and overdue flags of a case's open tasks when its clock changes.
 */
@Component
class InboxEvents {

	private final JdbcTemplate jdbc;

	private final String deadlineChanged;

	private final List<String> ownLimits;

	InboxEvents(JdbcTemplate jdbc, CaseProcesses processes) {
		this.jdbc = jdbc;
		// Steps with a limit of their own (e.g. intake, Art. 32; delivery, Art. 44) keep
		// their due date; which they are is declared in the processes' step tables.
		// A consultation is due when its asker said, whatever the case's clock does.
		Set<String> own = new java.util.LinkedHashSet<>(processes.stepsWithOwnLimit());
		own.add(Consultations.STEP);
		this.ownLimits = new ArrayList<>(own);
		this.deadlineChanged = "UPDATE inbox_task SET due_date = ? WHERE case_id = ?" + (own.isEmpty() ? ""
				: " AND step NOT IN (" + String.join(", ", own.stream().map((step) -> "?").toList()) + ")");
	}

	@EventListener
	void deadlineChanged(CaseDeadlineChanged event) {
		List<Object> arguments = new ArrayList<>(List.of(event.deadline(), event.caseId()));
		arguments.addAll(this.ownLimits);
		this.jdbc.update(this.deadlineChanged, arguments.toArray());
	}

	@EventListener
	void intakeDeadlineChanged(CaseIntakeDeadlineChanged event) {
		// A consultation keeps the date its asker gave.
		this.jdbc.update("UPDATE inbox_task SET due_date = ? WHERE case_id = ? AND due_date = ? AND step <> ?",
				event.deadline(), event.caseId(), event.previous(), Consultations.STEP);
	}

	@EventListener
	void overdue(CaseOverdue event) {
		this.jdbc.update("UPDATE inbox_task SET overdue = TRUE WHERE case_id = ? AND step <> ?", event.caseId(),
				Consultations.STEP);
	}

}
