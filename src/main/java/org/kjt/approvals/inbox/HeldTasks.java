package org.kjt.approvals.inbox;

import java.util.List;

import org.flowable.engine.TaskService;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.cases.CaseHistory;
import org.kjt.approvals.cases.CaseHistoryType;
import org.kjt.approvals.cases.CaseLocks;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.Role;
import org.kjt.approvals.security.StaffChanged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an admin moves a staff member, takes a role away or disables the account, the
 * tasks it holds and may no longer work go back to their division's queue, each case's
 * history saying so; the rest stay with it.
 */
@Component
class HeldTasks {

	private final JdbcTemplate jdbc;

	private final TaskService taskService;

	private final CaseLocks caseLocks;

	private final CaseHistory cases;

	private final CurrentUser currentUser;

	HeldTasks(JdbcTemplate jdbc, TaskService taskService, CaseLocks caseLocks, CaseHistory cases,
			CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.taskService = taskService;
		this.caseLocks = caseLocks;
		this.cases = cases;
		this.currentUser = currentUser;
	}

	private record Held(String taskId, long caseId, String department, @Nullable String division,
			@Nullable String requiredRole, String step) {

		boolean mayStayWith(StaffChanged staff) {
			return staff.enabled() && this.department.equals(staff.departmentCode())
					&& staff.divisionCode().equals(this.division)
					&& (this.requiredRole == null || staff.roles().contains(Role.valueOf(this.requiredRole)));
		}

	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void staffChanged(StaffChanged staff) {
		// Cases by id: the one lock order of every write.
		List<Held> held = this.jdbc.query(
				"SELECT task_id, case_id, department_code, division_code, required_role, step FROM inbox_task"
						+ " WHERE assignee = ? ORDER BY case_id, task_id",
				(rs, row) -> new Held(rs.getString("task_id"), rs.getLong("case_id"), rs.getString("department_code"),
						rs.getString("division_code"), rs.getString("required_role"), rs.getString("step")),
				staff.username());
		String actor = this.currentUser.require().username();
		for (Held task : held) {
			if (task.mayStayWith(staff)) {
				continue;
			}
			this.caseLocks.lock(task.caseId());
			// Read again under the case's lock: completed or handed on meanwhile, it is
			// no longer this account's to give back.
			List<String> holder = this.jdbc.queryForList("SELECT assignee FROM inbox_task WHERE task_id = ? FOR UPDATE",
					String.class, task.taskId());
			if (holder.isEmpty() || !staff.username().equals(holder.get(0))) {
				continue;
			}
			this.taskService.unclaim(task.taskId());
			this.cases.recordTaskEvent(task.caseId(), actor, CaseHistoryType.RETURNED_TO_GROUP, task.step(),
					"← " + staff.username());
		}
	}

}
