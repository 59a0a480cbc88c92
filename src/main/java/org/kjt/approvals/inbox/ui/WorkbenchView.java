package org.kjt.approvals.inbox.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.cases.CaseHistory;
import org.kjt.approvals.cases.CaseProcesses;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.DoneStep;
import org.kjt.approvals.inbox.InboxItem;
import org.kjt.approvals.base.Transient;
import org.kjt.approvals.inbox.Workbench;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * 工作台: my division's group queue, my tasks, the division's backlog (heads) and what I
 * did, paged in the database and sorted by due date, remaining working days in colour.
 */
@Route("workbench")
@Menu(title = "inbox.menu", order = 20)
@RolesAllowed("STAFF")
class WorkbenchView extends VerticalLayout implements HasDynamicTitle {

	static final String GROUP = "group";

	static final String MINE = "mine";

	static final String BACKLOG = "backlog";

	private final Workbench workbench;

	private final Grid<InboxItem> tasks = new Grid<>(InboxItem.class, false);

	private final Grid<DoneStep> done = new Grid<>(DoneStep.class, false);

	private final Select<String> item = new Select<>();

	private final Select<String> step = new Select<>();

	private String queue = MINE;

	WorkbenchView(Workbench workbench, CaseHistory cases, CurrentUser currentUser, Catalogue catalogue,
			CaseProcesses processes) {
		this.workbench = workbench;
		AppUser user = currentUser.require();
		Tabs tabs = new Tabs();
		Tab mine = tab(MINE);
		Tab group = tab(GROUP);
		tabs.add(mine, group);
		if (user.has(Role.DIVISION_HEAD) || user.has(Role.LEADER)) {
			tabs.add(tab(BACKLOG));
		}
		Tab doneTab = tab("done");
		tabs.add(doneTab);
		tabs.addSelectedChangeListener((event) -> {
			this.queue = event.getSelectedTab().getId().orElse(MINE).replace("queue-", "");
			boolean isDone = "done".equals(this.queue);
			this.tasks.setVisible(!isDone);
			this.done.setVisible(isDone);
			refresh();
		});

		this.item.setId("filter-item");
		this.item.setLabel(getTranslation("inbox.filter.item"));
		// Every item the department offers.
		List<String> items = new ArrayList<>(List.of(""));
		catalogue.items(user.departmentCode()).forEach((offered) -> items.add(offered.code()));
		this.item.setItems(items);
		this.item.setItemLabelGenerator(
				(code) -> code.isEmpty() ? getTranslation("inbox.filter.all") : getTranslation("org.item." + code));
		this.item.setValue("");
		this.item.addValueChangeListener((event) -> refresh());
		this.step.setLabel(getTranslation("inbox.filter.step"));
		// Every staff step some process declares.
		List<String> steps = new ArrayList<>(List.of(""));
		steps.addAll(processes.staffSteps());
		this.step.setItems(steps);
		this.step.setItemLabelGenerator(
				(code) -> code.isEmpty() ? getTranslation("inbox.filter.all") : getTranslation("step." + code));
		this.step.setValue("");
		this.step.addValueChangeListener((event) -> refresh());

		this.tasks.setId("tasks");
		this.tasks.addColumn(InboxItem::referenceNo).setHeader(getTranslation("inbox.referenceNo")).setAutoWidth(true);
		this.tasks.addColumn((task) -> getTranslation("org.item." + task.item()))
			.setHeader(getTranslation("inbox.item"));
		this.tasks.addColumn((task) -> getTranslation("step." + task.step())).setHeader(getTranslation("inbox.step"));
		this.tasks.addColumn(InboxItem::applicantName).setHeader(getTranslation("inbox.applicant"));
		this.tasks.addColumn(InboxItem::due).setHeader(getTranslation("inbox.due"));
		this.tasks.addComponentColumn(WorkbenchView::remaining).setHeader(getTranslation("inbox.remaining"));
		this.tasks.addColumn((task) -> (task.assignee() != null) ? task.assignee() : "—")
			.setHeader(getTranslation("inbox.assignee"));
		this.tasks.addComponentColumn(this::actions).setHeader(getTranslation("inbox.actions")).setAutoWidth(true);
		this.tasks.setPageSize(50);

		this.done.setVisible(false);
		this.done.addColumn(DoneStep::referenceNo).setHeader(getTranslation("inbox.referenceNo"));
		this.done.addColumn((step) -> getTranslation("step." + step.step())).setHeader(getTranslation("inbox.step"));
		this.done.addColumn(DoneStep::outcome).setHeader(getTranslation("inbox.outcome"));
		this.done.addColumn(DoneStep::at).setHeader(getTranslation("inbox.at"));
		this.done.setItems((query) -> cases.doneByMe(PageRequest.of(query.getPage(), query.getPageSize())).stream());

		add(new H2(getTranslation("inbox.title")), tabs, new HorizontalLayout(this.item, this.step), this.tasks,
				this.done);
		setSizeFull();
		refresh();
	}

	private Tab tab(String id) {
		Tab tab = new Tab(getTranslation("inbox.queue." + id));
		tab.setId("queue-" + id);
		return tab;
	}

	private void refresh() {
		Workbench.Filter filter = new Workbench.Filter(this.item.getValue(), this.step.getValue());
		// The grid asks for the count, then for the first page: one page query (with its
		// count) answers both.
		AtomicReference<Page<InboxItem>> first = new AtomicReference<>();
		this.tasks.setDataProvider(new CallbackDataProvider<InboxItem, Void>((query) -> {
			Page<InboxItem> ready = first.getAndSet(null);
			if (ready != null && query.getPage() == 0 && query.getPageSize() == ready.getSize()) {
				return ready.stream();
			}
			return page(filter, query.getPage(), query.getPageSize()).stream();
		}, (query) -> {
			Page<InboxItem> page = page(filter, 0, this.tasks.getPageSize());
			first.set(page);
			return (int) page.getTotalElements();
		}));
	}

	private Page<InboxItem> page(Workbench.Filter filter, int page, int size) {
		PageRequest request = PageRequest.of(page, size);
		return switch (this.queue) {
			case GROUP -> this.workbench.groupQueue(filter, request);
			case BACKLOG -> this.workbench.divisionBacklog(filter, request);
			case "done" -> Page.empty();
			default -> this.workbench.myTasks(filter, request);
		};
	}

	private HorizontalLayout actions(InboxItem task) {
		HorizontalLayout actions = new HorizontalLayout();
		if (task.assignee() == null) {
			Button claim = new Button(getTranslation("inbox.claim"),
					(click) -> act(() -> Transient.retry(() -> this.workbench.claim(task.id()))));
			claim.setId("claim-" + task.id());
			claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
			actions.add(claim);
		}
		else {
			Button open = new Button(getTranslation("inbox.open"),
					(click) -> getUI().ifPresent((ui) -> ui.navigate(TaskView.class, task.id())));
			open.setId("open-" + task.id());
			open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
			Button unclaim = new Button(getTranslation("inbox.unclaim"),
					(click) -> act(() -> this.workbench.unclaim(task.id())));
			unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL);
			actions.add(open, unclaim);
		}
		return actions;
	}

	private void act(Runnable action) {
		Refusals.attempt(action);
		refresh();
	}

	/**
	 * Green while more than 3 working days are left, amber at 3 or fewer, red when
	 * overdue.
	 */
	static Span remaining(InboxItem task) {
		Integer days = task.remainingWorkingDays();
		Span span = new Span((days != null) ? String.valueOf(days) : "—");
		if (days != null) {
			span.addClassName(
					(days < 0 || task.overdue()) ? "deadline-overdue" : (days <= 3) ? "deadline-warn" : "deadline-ok");
		}
		return span;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("inbox.title");
	}

}
