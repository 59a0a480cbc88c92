package org.kjt.approvals.inbox.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.ui.LocalTimes;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.cases.CaseHistory;
import org.kjt.approvals.cases.CaseProcesses;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.DoneStep;
import org.kjt.approvals.inbox.InboxItem;
import org.kjt.approvals.inbox.SavedFilters;
import org.kjt.approvals.base.Transient;
import org.kjt.approvals.inbox.Workbench;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

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

	private final Button claimSelected = new Button();

	private final TextField reference = new TextField();

	private final Select<SavedFilters.SavedFilter> saved = new Select<>();

	private final CaseSections names;

	private String queue = MINE;

	WorkbenchView(Workbench workbench, CaseHistory cases, CurrentUser currentUser, Catalogue catalogue,
			CaseProcesses processes, CaseSections names, LocalTimes times, SavedFilters savedFilters) {
		this.workbench = workbench;
		this.names = names;
		AppUser user = currentUser.require();
		Tabs tabs = new Tabs();
		Tab mine = tab(MINE);
		Tab group = tab(GROUP);
		tabs.add(mine, group);
		if (user.has(Role.DIVISION_HEAD) || user.has(Role.LEADER)) {
			tabs.add(tab(BACKLOG));
		}
		this.claimSelected.setText(getTranslation("inbox.claimSelected"));
		Tab doneTab = tab("done");
		tabs.add(doneTab);
		tabs.addSelectedChangeListener((event) -> {
			this.queue = event.getSelectedTab().getId().orElse(MINE).replace("queue-", "");
			boolean isDone = "done".equals(this.queue);
			this.tasks.setVisible(!isDone);
			this.done.setVisible(isDone);
			boolean groupQueue = GROUP.equals(this.queue);
			this.tasks.setSelectionMode(groupQueue ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
			this.claimSelected.setVisible(groupQueue);
			// 已办 filters by item and step only.
			this.reference.setVisible(!isDone);
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
		// Whole names and item titles, wrapped rather than cut.
		this.tasks.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		this.tasks.addColumn(InboxItem::referenceNo)
			.setHeader(getTranslation("inbox.referenceNo"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.tasks.addColumn((task) -> getTranslation("org.item." + task.item()))
			.setHeader(getTranslation("inbox.item"))
			.setFlexGrow(2);
		this.tasks.addColumn((task) -> getTranslation("step." + task.step())).setHeader(getTranslation("inbox.step"));
		this.tasks.addColumn(InboxItem::applicantName).setHeader(getTranslation("inbox.applicant")).setFlexGrow(2);
		this.tasks.addColumn(InboxItem::due)
			.setHeader(getTranslation("inbox.due"))
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setSortable(true)
			.setSortProperty("due");
		this.tasks.addComponentColumn(this::remaining)
			.setHeader(getTranslation("inbox.remaining"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.tasks.addColumn((task) -> (task.assignee() != null) ? this.names.name(task.assignee()) : "—")
			.setHeader(getTranslation("inbox.assignee"));
		this.tasks.addComponentColumn(this::actions)
			.setKey("actions")
			.setHeader(getTranslation("inbox.actions"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.tasks.setPageSize(50);
		this.tasks.setEmptyStateText(getTranslation("inbox.empty"));
		this.claimSelected.setId("claim-selected");
		this.claimSelected.setVisible(false);
		this.claimSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.claimSelected.addClickListener((click) -> claimSelected());

		this.done.setId("done");
		this.done.setVisible(false);
		this.done.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		this.done.addColumn(DoneStep::referenceNo).setHeader(getTranslation("inbox.referenceNo")).setAutoWidth(true);
		this.done.addColumn((step) -> getTranslation("org.item." + step.item()))
			.setHeader(getTranslation("inbox.item"));
		this.done.addColumn((step) -> getTranslation("step." + step.step())).setHeader(getTranslation("inbox.step"));
		this.done.addColumn((step) -> getTranslation("outcome." + step.step() + "." + step.outcome()))
			.setHeader(getTranslation("inbox.outcome"));
		this.done.addColumn((step) -> times.format(step.at())).setHeader(getTranslation("inbox.at")).setAutoWidth(true);
		this.done.setEmptyStateText(getTranslation("inbox.doneEmpty"));
		// A step done opens its case, read only.
		this.done.addItemClickListener((click) -> getUI().ifPresent((ui) -> ui.navigate(StaffCaseView.class,
				new RouteParameters("id", String.valueOf(click.getItem().caseId())))));
		this.done.setItems((query) -> cases
			.doneByMe(this.item.getValue(), this.step.getValue(), PageRequest.of(query.getPage(), query.getPageSize()))
			.stream());

		this.reference.setId("filter-reference");
		this.reference.setLabel(getTranslation("inbox.referenceNo"));
		this.reference.setClearButtonVisible(true);
		this.reference.setValueChangeMode(ValueChangeMode.ON_CHANGE);
		this.reference.addValueChangeListener((event) -> refresh());
		// My filters: chosen again in one click, saved under a name, removed.
		this.saved.setId("saved-filters");
		this.saved.setLabel(getTranslation("filter.saved"));
		this.saved.setItemLabelGenerator((filter) -> (filter != null) ? filter.name() : "—");
		this.saved.setItems(savedFilters.mine());
		this.saved.setEmptySelectionAllowed(true);
		this.saved.addValueChangeListener((event) -> {
			if (event.getValue() != null) {
				this.item.setValue((event.getValue().item() != null) ? event.getValue().item() : "");
				this.step.setValue((event.getValue().step() != null) ? event.getValue().step() : "");
			}
		});
		Button saveFilter = new Button(getTranslation("filter.save"), (click) -> saveFilter(savedFilters));
		saveFilter.setId("save-filter");
		saveFilter.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		Button removeFilter = new Button(getTranslation("filter.remove"), (click) -> {
			SavedFilters.SavedFilter chosen = this.saved.getValue();
			if (chosen != null) {
				Refusals.attempt(() -> this.saved.setItems(savedFilters.remove(chosen.name())));
			}
		});
		removeFilter.setId("remove-filter");
		removeFilter.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
		HorizontalLayout filters = new HorizontalLayout(this.saved, this.item, this.step, this.reference, saveFilter,
				removeFilter, this.claimSelected);
		filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		filters.getStyle().set("flex-wrap", "wrap");
		add(new H2(getTranslation("inbox.title")), tabs, filters, this.tasks, this.done);
		setSizeFull();
		refresh();
	}

	private Tab tab(String id) {
		Tab tab = new Tab(getTranslation("inbox.queue." + id));
		tab.setId("queue-" + id);
		return tab;
	}

	private void refresh() {
		if ("done".equals(this.queue)) {
			this.done.getDataProvider().refreshAll();
			return;
		}
		Workbench.Filter filter = new Workbench.Filter(this.item.getValue(), this.step.getValue(),
				this.reference.getValue());
		// The grid asks for the count, then for the first page: one page query (with its
		// count) answers both.
		AtomicReference<Page<InboxItem>> first = new AtomicReference<>();
		this.tasks.setDataProvider(new CallbackDataProvider<InboxItem, Void>((query) -> {
			Page<InboxItem> ready = first.getAndSet(null);
			if (ready != null && query.getPage() == 0 && query.getPageSize() == ready.getSize()
					&& query.getSortOrders().isEmpty()) {
				return ready.stream();
			}
			return page(filter, query.getPage(), query.getPageSize(), sort(query.getSortOrders())).stream();
		}, (query) -> {
			Page<InboxItem> page = page(filter, 0, this.tasks.getPageSize(), Sort.unsorted());
			first.set(page);
			return (int) page.getTotalElements();
		}));
	}

	/**
	 * The grid's column sort as the queue's order (only the columns the queue sorts by).
	 */
	private static Sort sort(List<QuerySortOrder> orders) {
		return Sort.by(
				orders.stream()
					.map((order) -> new Sort.Order((order.getDirection() == SortDirection.DESCENDING)
							? Sort.Direction.DESC : Sort.Direction.ASC, order.getSorted()))
					.toList());
	}

	private Page<InboxItem> page(Workbench.Filter filter, int page, int size, Sort sort) {
		PageRequest request = PageRequest.of(page, size, sort);
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
			// Claimed to be worked on: straight to the task form.
			Button claim = new Button(getTranslation("inbox.claimAndOpen"), (click) -> {
				if (Refusals.attempt(() -> Transient.retry(() -> this.workbench.claim(task.id())))) {
					getUI().ifPresent((ui) -> ui.navigate(TaskView.class, task.id()));
				}
				else {
					refresh();
				}
			});
			claim.setId("claim-" + task.id());
			// Named with the case: a screen reader (and a test) tells the rows apart.
			claim.getElement().setAttribute("aria-label", claim.getText() + " " + task.referenceNo());
			claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
			actions.add(claim);
		}
		else {
			Button open = new Button(getTranslation("inbox.open"),
					(click) -> getUI().ifPresent((ui) -> ui.navigate(TaskView.class, task.id())));
			open.setId("open-" + task.id());
			open.getElement().setAttribute("aria-label", open.getText() + " " + task.referenceNo());
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

	/** Asks for a name, then saves the item and step filters under it. */
	private void saveFilter(SavedFilters savedFilters) {
		Dialog dialog = new Dialog(getTranslation("filter.save"));
		TextField name = new TextField(getTranslation("filter.name"));
		name.setId("filter-name");
		name.setRequired(true);
		Button save = new Button(getTranslation("filter.save"), (click) -> {
			String item = this.item.getValue();
			String step = this.step.getValue();
			if (Refusals.attempt(() -> this.saved.setItems(savedFilters.save(name.getValue(), item, step)))) {
				Notification.show(getTranslation("filter.done", name.getValue()), 2000,
						Notification.Position.TOP_CENTER);
				dialog.close();
			}
		});
		save.setId("filter-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.add(name);
		dialog.getFooter().add(save);
		dialog.open();
	}

	/**
	 * Each selected task claimed on its own: one taken meanwhile does not stop the rest.
	 */
	private void claimSelected() {
		int claimed = 0;
		List<String> refused = new ArrayList<>();
		for (InboxItem task : this.tasks.getSelectedItems()) {
			try {
				Transient.retry(() -> this.workbench.claim(task.id()));
				claimed++;
			}
			catch (DomainException ex) {
				refused.add(task.referenceNo() + " " + getTranslation(ex.messageKey(), ex.arguments()));
			}
		}
		Notification.show(getTranslation("inbox.claimedCount", claimed), 3000, Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		if (!refused.isEmpty()) {
			Notification
				.show(getTranslation("inbox.claimFailed", refused.size(), String.join("; ", refused)), 6000,
						Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_WARNING);
		}
		this.tasks.deselectAll();
		refresh();
	}

	/**
	 * Green while more than 3 working days are left, amber at 3 or fewer, red when
	 * overdue; said in words as well as colour.
	 */
	private Span remaining(InboxItem task) {
		Integer days = task.remainingWorkingDays();
		Span span = new Span((days != null) ? String.valueOf(days) : "—");
		if (days != null) {
			boolean overdue = days < 0 || task.overdue();
			span.addClassName(urgency(task));
			if (overdue) {
				span.setText(days + " " + getTranslation("deadline.overdue"));
			}
			else if (days <= 3) {
				span.setText(days + " " + getTranslation("deadline.near"));
			}
		}
		return span;
	}

	/** The class that colours a task's remaining working days. */
	static String urgency(InboxItem task) {
		Integer days = task.remainingWorkingDays();
		if (days == null) {
			return "";
		}
		return (days < 0 || task.overdue()) ? "deadline-overdue" : (days <= 3) ? "deadline-warn" : "deadline-ok";
	}

	@Override
	public String getPageTitle() {
		return getTranslation("inbox.title");
	}

}
