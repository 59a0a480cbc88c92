package org.kjt.approvals.inbox;

import org.kjt.approvals.cases.CaseDeadlineChanged;
import org.kjt.approvals.cases.CaseOverdue;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves the due dates and overdue flags of a case's open tasks when its clock changes.
 */
@Component
class InboxEvents {

	private final JdbcTemplate jdbc;

	InboxEvents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void deadlineChanged(CaseDeadlineChanged event) {
		// Intake and delivery have limits of their own (Art. 32, Art. 44).
		this.jdbc.update("UPDATE inbox_task SET due_date = ? WHERE case_id = ? AND step NOT IN ('intake', 'delivery')",
				event.deadline(), event.caseId());
	}

	@EventListener
	void overdue(CaseOverdue event) {
		this.jdbc.update("UPDATE inbox_task SET overdue = TRUE WHERE case_id = ?", event.caseId());
	}

}
