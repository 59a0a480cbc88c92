package org.kjt.approvals.inbox.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.inbox.InboxItem;
import org.kjt.approvals.inbox.Workbench;
import org.kjt.approvals.support.KaribuSupport;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class WorkbenchViewTests extends KaribuSupport {

	static final byte[] PDF = "%PDF-1.4\n% ui test\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	Cases cases;

	@Autowired
	CaseQueries queries;

	@Autowired
	Workbench workbench;

	@Autowired
	Users users;

	@Autowired
	Tasks tasks;

	@Test
	@SuppressWarnings("unchecked")
	void groupQueueShowsTheNewCaseAndTheTaskFormAcceptsIt() {
		long caseId = submitted();
		login("jl-approval");
		UI.getCurrent().navigate("workbench");
		Tabs tabs = _get(Tabs.class);
		tabs.setSelectedTab(_get(Tab.class, (spec) -> spec.withId("queue-group")));
		// The filter offers every item the department handles.
		assertThat(((Select<String>) _get(Select.class, (spec) -> spec.withId("filter-item"))).getListDataView()
			.getItems())
			.contains("lab-animal-production", "lab-animal-licence-renewal", "work-permit", "outbound-training");
		Grid<InboxItem> grid = _get(Grid.class, (spec) -> spec.withId("tasks"));
		List<InboxItem> rows = GridKt._fetch(grid, 0, GridKt._size(grid));
		InboxItem task = rows.stream().filter((row) -> row.caseId() == caseId).findFirst().orElseThrow();
		assertThat(task.step()).isEqualTo("intake");
		assertThat(task.remainingWorkingDays()).isEqualTo(5);
		assertThat(WorkbenchView.remaining(task).getClassNames()).containsExactly("deadline-ok");

		this.users.run("jl-approval", () -> this.workbench.claim(task.id()));
		UI.getCurrent().navigate("workbench/task/" + task.id());
		assertThat(_get(Span.class, (spec) -> spec.withId("current-step")).getText()).isEqualTo("受理");
		RadioButtonGroup<String> outcome = _get(RadioButtonGroup.class, (spec) -> spec.withId("outcome"));
		assertThat(outcome.getListDataView().getItems()).containsExactly("accept", "correct", "reject");
		outcome.setValue("accept");
		_get(TextArea.class, (spec) -> spec.withId("opinion")).setValue("材料齐全,予以受理");
		_click(_get(Button.class, (spec) -> spec.withId("complete")));

		assertThat(this.users.as("applicant", () -> this.queries.get(caseId)).status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
			.isInstanceOf(WorkbenchView.class);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRefusedOutcomeKeepsTheTaskAndExplainsWhy() {
		long caseId = submitted();
		openClaimedIntake(caseId);
		RadioButtonGroup<String> outcome = _get(RadioButtonGroup.class, (spec) -> spec.withId("outcome"));
		outcome.setValue("correct");
		_get(TextArea.class, (spec) -> spec.withId("opinion")).setValue("材料不全");
		// No item ticked: one notice must list everything, so nothing is sent.
		_click(_get(Button.class, (spec) -> spec.withId("complete")));
		assertThat(this.users.as("applicant", () -> this.queries.get(caseId)).status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(TaskView.class);
	}

	/**
	 * The correction notice is issued through the form: its checklist reaches the page.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aCorrectionNoticeIsIssuedFromTheTaskForm() {
		long caseId = submitted();
		openClaimedIntake(caseId);
		_get(RadioButtonGroup.class, (spec) -> spec.withId("outcome")).setValue("correct");
		Checkbox listed = _get(Checkbox.class, (spec) -> spec.withId("item-ethics-review"));
		assertThat(listed.isAttached()).isTrue();
		listed.setValue(true);
		_get(TextField.class, (spec) -> spec.withId("problem-ethics-review")).setValue("伦理审查意见未盖章");
		_get(TextArea.class, (spec) -> spec.withId("opinion")).setValue("伦理审查材料须补正");
		_click(_get(Button.class, (spec) -> spec.withId("complete")));
		assertThat(this.users.as("applicant", () -> this.queries.get(caseId)).status())
			.isEqualTo(CaseStatus.CORRECTION_REQUESTED);
		assertThat(this.users.as("applicant", () -> this.queries.pendingCorrection(caseId)))
			.containsExactly(Map.entry("ethics-review", "伦理审查意见未盖章"));
	}

	@Test
	void applicantsCannotOpenTheWorkbench() {
		login("applicant");
		Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate("workbench"))
			.isInstanceOf(MockAccessDeniedException.class);
	}

	/** jl-approval2 claims the case's intake and opens its task form. */
	private void openClaimedIntake(long caseId) {
		String taskId = this.tasks.claim("jl-approval2", caseId, "intake");
		login("jl-approval2");
		UI.getCurrent().navigate("workbench/task/" + taskId);
	}

	private long submitted() {
		return this.users.as("applicant", () -> {
			long id = this.cases
				.create("jilin", "lab-animal-use",
						Map.of("scope", "SPF级大鼠动物实验", "facilityAddress", "示例路3号", "legalRepresentative", "王五"))
				.id();
			for (String material : List.of("application-form", "legal-status", "facility-test-report", "ethics-review",
					"staff-training", "procedures")) {
				this.cases.upload(id, material, material + ".pdf", PDF);
			}
			this.cases.submit(id);
			return id;
		});
	}

}
