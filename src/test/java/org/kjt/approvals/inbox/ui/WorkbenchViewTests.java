package org.kjt.approvals.inbox.ui;

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
import org.kjt.approvals.support.Applications;
import org.kjt.approvals.support.KaribuSupport;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class WorkbenchViewTests extends KaribuSupport {

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

	@Autowired
	Applications applications;

	@Test
	@SuppressWarnings("unchecked")
	void groupQueueShowsTheNewCaseAndTheTaskFormAcceptsIt() {
		long caseId = this.applications.submittedUseLicence();
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
		assertThat(WorkbenchView.urgency(task)).isEqualTo("deadline-ok");

		// 签收并办理: claimed and opened in one action.
		com.vaadin.flow.component.Component actions = GridKt._getCellComponent(grid, rows.indexOf(task), "actions");
		_click(_get(actions, Button.class, (spec) -> spec.withId("claim-" + task.id())));
		assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(TaskView.class);
		assertThat(this.tasks.groupQueue("jl-approval", caseId)).isEmpty();
		// The step strip shows the path taken; during intake the task's own limit counts.
		Span intake = _get(Span.class, (spec) -> spec.withId("step-intake"));
		assertThat(intake.getText()).contains("受理").contains("当前环节");
		assertThat(intake.getElement().getAttribute("data-state")).isEqualTo("current");
		assertThat(_get(Span.class, (spec) -> spec.withId("task-remaining")).getText()).isEqualTo("剩余工作日：5");
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
		long caseId = this.applications.submittedUseLicence();
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
		long caseId = this.applications.submittedUseLicence();
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

	/**
	 * The head signs off seeing the proposal, its reasons and the reviewer's opinion; the
	 * trail names outcomes in words and shows the strip of steps actually reached.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void theSignOffFormShowsTheProposalAndItsReasons() {
		long caseId = this.applications.submittedUseLicence();
		this.tasks.complete("jl-approval", caseId, "intake", "accept", "材料齐全,予以受理", Map.of());
		this.tasks.complete("jl-approval", caseId, "review", "propose", "经审查,设施条件不符合要求",
				Map.of("proposal", "refuse", "refusalReasons", "屏障环境检测报告显示温湿度不达标"));
		String signOff = this.tasks.claim("jl-approval-head", caseId, "signOff");
		login("jl-approval-head");
		UI.getCurrent().navigate("workbench/task/" + signOff);
		String previous = _get(com.vaadin.flow.component.html.Div.class, (spec) -> spec.withId("previous-opinion"))
			.getElement()
			.getTextRecursively();
		assertThat(previous).contains("提出拟办意见")
			.contains("拟办意见：不予许可")
			.contains("不予许可的理由：屏障环境检测报告显示温湿度不达标")
			.contains("经审查,设施条件不符合要求");
		// Only the steps reached: intake and review done, sign-off current; no branch
		// never taken (inspection, hearing…).
		List<String> strip = _get(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class,
				(spec) -> spec.withId("process-steps"))
			.getChildren()
			.map((badge) -> badge.getId().orElse("") + "=" + badge.getElement().getAttribute("data-state"))
			.toList();
		assertThat(strip).containsExactly("step-intake=done", "step-review=done", "step-signOff=current");
		Grid<org.kjt.approvals.cases.CaseView.HistoryEntry> trail = _get(Grid.class, (spec) -> spec.withId("history"));
		List<org.kjt.approvals.cases.CaseView.HistoryEntry> entries = GridKt._fetch(trail, 0, GridKt._size(trail));
		assertThat(entries).anySatisfy((entry) -> {
			assertThat(entry.outcome()).isEqualTo("propose");
			assertThat(entry.fields()).containsEntry("proposal", "refuse");
		});
		// Times are local (Asia/Shanghai), to the minute.
		assertThat(GridKt._getFormattedRow(trail, 0).get(0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
	}

	/** 已办 lists what I did, filtered, and a row opens the case read only. */
	@Test
	@SuppressWarnings("unchecked")
	void doneStepsOpenTheirCaseAndFollowTheFilters() {
		long caseId = this.applications.submittedUseLicence();
		this.tasks.complete("jl-approval2", caseId, "intake", "accept", "材料齐全,予以受理", Map.of());
		login("jl-approval2");
		UI.getCurrent().navigate("workbench");
		_get(Tabs.class).setSelectedTab(_get(Tab.class, (spec) -> spec.withId("queue-done")));
		Grid<org.kjt.approvals.cases.DoneStep> done = _get(Grid.class, (spec) -> spec.withId("done"));
		List<org.kjt.approvals.cases.DoneStep> rows = GridKt._fetch(done, 0, GridKt._size(done));
		assertThat(rows).anySatisfy((row) -> assertThat(row.caseId()).isEqualTo(caseId));
		int index = rows.indexOf(rows.stream().filter((row) -> row.caseId() == caseId).findFirst().orElseThrow());
		assertThat(GridKt._getFormattedRow(done, index)).contains("受理");
		// Another item: this case's step is filtered out.
		((Select<String>) _get(Select.class, (spec) -> spec.withId("filter-item"))).setValue("outbound-training");
		int filtered = GridKt._size(done);
		assertThat((filtered == 0) ? List.<org.kjt.approvals.cases.DoneStep>of() : GridKt._fetch(done, 0, filtered))
			.noneSatisfy((row) -> assertThat(row.caseId()).isEqualTo(caseId));
		((Select<String>) _get(Select.class, (spec) -> spec.withId("filter-item"))).setValue("lab-animal-use");
		GridKt._clickItem(done, index);
		assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
			.isInstanceOf(StaffCaseView.class);
		assertThat(_get(Span.class, (spec) -> spec.withId("case-status")).getText()).isEqualTo("已受理,审查中");
	}

	/** 批量签收: every selected task claimed; one already taken is reported, not lost. */
	@Test
	@SuppressWarnings("unchecked")
	void selectedTasksAreClaimedTogether() {
		long first = this.applications.submittedUseLicence();
		long second = this.applications.submittedUseLicence();
		login("jl-approval");
		UI.getCurrent().navigate("workbench");
		_get(Tabs.class).setSelectedTab(_get(Tab.class, (spec) -> spec.withId("queue-group")));
		Grid<InboxItem> grid = _get(Grid.class, (spec) -> spec.withId("tasks"));
		List<InboxItem> rows = GridKt._fetch(grid, 0, GridKt._size(grid));
		rows.stream().filter((row) -> row.caseId() == first || row.caseId() == second).forEach(grid::select);
		_click(_get(Button.class, (spec) -> spec.withId("claim-selected")));
		assertThat(this.tasks.groupQueue("jl-approval", first)).isEmpty();
		assertThat(this.tasks.groupQueue("jl-approval", second)).isEmpty();
		assertThat(this.users
			.as("jl-approval",
					() -> this.workbench.myTasks(Workbench.Filter.NONE,
							org.springframework.data.domain.PageRequest.of(0, 500)))
			.getContent()).extracting(InboxItem::caseId).contains(first, second);
	}

	/**
	 * 常用意见 fill the opinion (the menu's count of waiting tasks is checked in the browser,
	 * where the layout is).
	 */
	@Test
	@SuppressWarnings("unchecked")
	void savedPhrasesFillTheOpinion() {
		long caseId = this.applications.submittedUseLicence();
		openClaimedIntake(caseId);
		String phrase = "材料齐全,予以受理(" + caseId + ")";
		_get(TextArea.class, (spec) -> spec.withId("opinion")).setValue(phrase);
		_click(_get(Button.class, (spec) -> spec.withId("save-phrase")));
		_get(TextArea.class, (spec) -> spec.withId("opinion")).setValue("");
		com.vaadin.flow.component.combobox.ComboBox<String> phrases = _get(
				com.vaadin.flow.component.combobox.ComboBox.class, (spec) -> spec.withId("opinion-phrases"));
		assertThat(phrases.getListDataView().getItems()).contains(phrase);
		com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(phrases, phrase);
		assertThat(_get(TextArea.class, (spec) -> spec.withId("opinion")).getValue()).isEqualTo(phrase);
	}

	/** A filter saved under a name sets item and step again in one choice. */
	@Test
	@SuppressWarnings("unchecked")
	void aSavedFilterIsChosenAgain() {
		login("jl-approval2");
		UI.getCurrent().navigate("workbench");
		Select<String> item = _get(Select.class, (spec) -> spec.withId("filter-item"));
		item.setValue("lab-animal-use");
		_click(_get(Button.class, (spec) -> spec.withId("save-filter")));
		String name = "使用许可-" + System.nanoTime() % 10_000;
		_get(TextField.class, (spec) -> spec.withId("filter-name")).setValue(name);
		_click(_get(Button.class, (spec) -> spec.withId("filter-save")));
		item.setValue("");
		Select<org.kjt.approvals.inbox.SavedFilters.SavedFilter> saved = _get(Select.class,
				(spec) -> spec.withId("saved-filters"));
		saved.setValue(saved.getListDataView()
			.getItems()
			.filter((filter) -> filter.name().equals(name))
			.findFirst()
			.orElseThrow());
		assertThat(item.getValue()).isEqualTo("lab-animal-use");
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

}
