package org.kjt.approvals.inbox;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.Role;
import org.kjt.approvals.support.Applications;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An admin moves a staff member or takes a role away: the tasks it held and may no longer
 * work go back to their division's queue (the case's history says so), the rest stay with
 * it, and it cannot act on what it gave up.
 */
@ApprovalsTest
class HeldTasksServerTests {

	@Autowired
	Accounts accounts;

	@Autowired
	Applications applications;

	@Autowired
	Tasks tasks;

	@Autowired
	Users users;

	@Autowired
	CaseViews views;

	@Autowired
	Workbench workbench;

	@Autowired
	TaskService taskService;

	@Test
	void aStaffMemberMovedToTheOtherDepartmentGivesBackItsTasksAndCannotActOnThem() {
		String mover = staff("mv", EnumSet.noneOf(Role.class));
		long id = this.applications.submittedUseLicence();
		String intake = this.tasks.claim(mover, id, "intake");

		this.users.run("admin", () -> this.accounts.updateStaff(mover, "移岗测试", "ln.office", Set.of(), true));

		assertThat(assignee(intake)).isNull();
		assertThat(this.tasks.groupQueue("jl-approval", id)).extracting(InboxItem::id).contains(intake);
		assertThat(this.views.as("jl-approval", id).history()).anySatisfy((entry) -> {
			assertThat(entry.type()).isEqualTo("RETURNED_TO_GROUP");
			assertThat(entry.actor()).isEqualTo("admin");
			assertThat(entry.detail()).contains(mover);
		});
		assertThatThrownBy(() -> this.users.run(mover, () -> this.workbench.complete(intake, "accept", "受理", Map.of())))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("task.error.notFound");
		assertThat(this.views.as("jl-approval", id).step()).isEqualTo("intake");
	}

	@Test
	void aHeadWhoseRoleIsTakenAwayGivesBackTheSignOffAndKeepsTheRest() {
		String head = staff("hd", EnumSet.of(Role.DIVISION_HEAD));
		long signing = this.applications.submittedUseLicence();
		this.tasks.complete("jl-approval", signing, "intake", "accept", "受理", Map.of());
		this.tasks.complete("jl-approval", signing, "review", "propose", "材料不符合条件",
				Map.of("proposal", "refuse", "refusalReasons", "设施检测报告不合格"));
		String signOff = this.tasks.claim(head, signing, "signOff");
		long other = this.applications.submittedUseLicence();
		String intake = this.tasks.claim(head, other, "intake");

		this.users.run("admin",
				() -> this.accounts.updateStaff(head, "处长测试", "jl.approval-office", Set.of(Role.STAFF), true));

		assertThat(assignee(signOff)).isNull();
		assertThat(this.tasks.groupQueue("jl-approval-head", signing)).extracting(InboxItem::id).contains(signOff);
		assertThat(assignee(intake)).isEqualTo(head);
		CaseView still = this.views.as("jl-approval", signing);
		assertThat(still.step()).isEqualTo("signOff");
		assertThat(still.history()).extracting(CaseView.HistoryEntry::type).contains("RETURNED_TO_GROUP");
		assertThat(this.views.as("jl-approval", other).history()).extracting(CaseView.HistoryEntry::type)
			.doesNotContain("RETURNED_TO_GROUP");
	}

	private String staff(String prefix, Set<Role> roles) {
		String username = prefix + "-" + System.nanoTime() % 100_000;
		this.users.run("admin", () -> this.accounts.createStaff(username, "staff-pass-1", "移岗测试", "jilin",
				"jl.approval-office", roles));
		return username;
	}

	private String assignee(String taskId) {
		return this.taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
	}

}
