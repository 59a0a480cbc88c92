package org.kjt.approvals.evaluation.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kjt.approvals.base.ui.LocalTimes;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.evaluation.CallView;
import org.kjt.approvals.evaluation.Calls;
import org.kjt.approvals.evaluation.Discipline;
import org.kjt.approvals.evaluation.ExpertKind;
import org.kjt.approvals.evaluation.ExpertView;
import org.kjt.approvals.evaluation.Experts;
import org.kjt.approvals.evaluation.NewExpert;
import org.kjt.approvals.evaluation.ObjectionView;
import org.kjt.approvals.evaluation.PanelView;
import org.kjt.approvals.evaluation.Panels;
import org.kjt.approvals.evaluation.PublicNotices;
import org.kjt.approvals.evaluation.SeatState;
import org.kjt.approvals.security.CurrentUser;

import org.springframework.data.domain.PageRequest;

/**
 * 评审管理, for the division that reviews an evaluated item: its calls (opened, extended
 * once), its expert pool, each panel's progress per expert (and vacancies to draw), and
 * the objections to handle. Other staff are told that their division has none.
 */
@Route("evaluation")
@Menu(title = "evaluation.menu", order = 23)
@RolesAllowed("STAFF")
class EvaluationAdminView extends VerticalLayout implements HasDynamicTitle {

	private final Calls calls;

	private final Experts experts;

	private final Panels panels;

	private final PublicNotices notices;

	private final Catalogue catalogue;

	private final LocalTimes times;

	private final ZoneId zone;

	private final List<String> items;

	private final String departmentCode;

	private final Grid<CallView> callGrid = new Grid<>(CallView.class, false);

	private final Grid<ExpertView> expertGrid = new Grid<>(ExpertView.class, false);

	private final Grid<PanelView> panelGrid = new Grid<>(PanelView.class, false);

	private final Grid<ObjectionView> objectionGrid = new Grid<>(ObjectionView.class, false);

	EvaluationAdminView(Calls calls, Experts experts, Panels panels, PublicNotices notices, Catalogue catalogue,
			LocalTimes times, Clock clock, CurrentUser currentUser) {
		this.calls = calls;
		this.experts = experts;
		this.panels = panels;
		this.notices = notices;
		this.catalogue = catalogue;
		this.times = times;
		this.zone = clock.getZone();
		this.items = calls.managedItems(currentUser.require());
		this.departmentCode = String.valueOf(currentUser.require().departmentCode());
		add(new H2(getTranslation("evaluation.title")));
		if (this.items.isEmpty()) {
			Paragraph none = new Paragraph(getTranslation("evaluation.notManaging"));
			none.setId("evaluation-not-managing");
			add(none);
			return;
		}
		TabSheet tabs = new TabSheet();
		tabs.setId("evaluation-tabs");
		tabs.setWidthFull();
		tabs.add(getTranslation("evaluation.tab.calls"), callsTab());
		tabs.add(getTranslation("evaluation.tab.experts"), expertsTab());
		tabs.add(getTranslation("evaluation.tab.panels"), panelsTab());
		tabs.add(getTranslation("evaluation.tab.objections"), objectionsTab());
		add(tabs);
		refresh();
	}

	private Component callsTab() {
		this.callGrid.setId("evaluation-calls");
		this.callGrid.addColumn(CallView::title).setHeader(getTranslation("calls.titleLabel")).setFlexGrow(1);
		this.callGrid
			.addColumn((call) -> this.times.format(call.opensAt()) + " – " + this.times.format(call.closesAt()))
			.setHeader(getTranslation("calls.windowLabel"))
			.setAutoWidth(true);
		this.callGrid.addColumn((call) -> getTranslation("callState." + call.state()))
			.setHeader(getTranslation("expert.state"));
		this.callGrid.addColumn((call) -> call.entries() + ((call.quota() != null) ? " / " + call.quota() : ""))
			.setHeader(getTranslation("calls.entries"));
		this.callGrid.addComponentColumn((call) -> {
			Button extend = new Button(getTranslation("calls.extend"), (click) -> extendDialog(call));
			extend.setId("extend-" + call.id());
			extend.setEnabled(!call.extended() && call.state() != CallView.CallState.CLOSED);
			return extend;
		});
		this.callGrid.setAllRowsVisible(true);
		Select<String> item = new Select<>();
		item.setId("call-item");
		item.setLabel(getTranslation("expert.item"));
		item.setItems(this.items);
		item.setItemLabelGenerator(
				(code) -> this.catalogue.find(code).map((found) -> found.name(getLocale())).orElse(code));
		item.setValue(this.items.get(0));
		TextField title = new TextField(getTranslation("calls.titleLabel"));
		title.setId("call-title");
		title.setMaxLength(200);
		DateTimePicker opens = new DateTimePicker(getTranslation("calls.opensAt"));
		opens.setId("call-opens");
		DateTimePicker closes = new DateTimePicker(getTranslation("calls.closesAt"));
		closes.setId("call-closes");
		IntegerField quota = new IntegerField(getTranslation("calls.quotaLabel"));
		quota.setId("call-quota");
		quota.setMin(1);
		quota.setHelperText(getTranslation("calls.quotaHelp"));
		Button open = new Button(getTranslation("calls.open"), (click) -> {
			if (opens.getValue() == null || closes.getValue() == null) {
				Notification.show(getTranslation("calls.enterWindow"), 4000, Notification.Position.MIDDLE)
					.addThemeVariants(NotificationVariant.LUMO_ERROR);
				return;
			}
			if (Refusals.attempt(() -> this.calls.open(item.getValue(), title.getValue(), instant(opens.getValue()),
					instant(closes.getValue()), quota.getValue()))) {
				title.clear();
				refresh();
				Notification.show(getTranslation("calls.opened"), 3000, Notification.Position.MIDDLE)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			}
		});
		open.setId("call-open");
		open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		FormLayout form = new FormLayout(item, title, opens, closes, quota);
		VerticalLayout tab = new VerticalLayout(this.callGrid, form, open);
		tab.setPadding(false);
		return tab;
	}

	private void extendDialog(CallView call) {
		Dialog dialog = new Dialog(getTranslation("calls.extendTitle", call.title()));
		DateTimePicker closes = new DateTimePicker(getTranslation("calls.closesAt"));
		closes.setId("extend-closes");
		closes.setValue(LocalDateTime.ofInstant(call.closesAt(), this.zone));
		TextArea reason = new TextArea(getTranslation("calls.extendReason"));
		reason.setId("extend-reason");
		reason.setMaxLength(1000);
		reason.setWidthFull();
		Button confirm = new Button(getTranslation("calls.extend"), (click) -> {
			if (closes.getValue() != null && Refusals
				.attempt(() -> this.calls.extend(call.id(), instant(closes.getValue()), reason.getValue()))) {
				dialog.close();
				refresh();
			}
		});
		confirm.setId("extend-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.add(new Paragraph(getTranslation("calls.extendOnce")), new VerticalLayout(closes, reason));
		dialog.getFooter().add(new Button(getTranslation("expert.cancel"), (click) -> dialog.close()), confirm);
		dialog.open();
	}

	private Component expertsTab() {
		this.expertGrid.setId("evaluation-experts");
		this.expertGrid.addColumn(ExpertView::name).setHeader(getTranslation("experts.name")).setAutoWidth(true);
		this.expertGrid.addColumn(ExpertView::organisationName)
			.setHeader(getTranslation("experts.organisation"))
			.setFlexGrow(1);
		this.expertGrid.addColumn((expert) -> getTranslation("expertKind." + expert.kind()))
			.setHeader(getTranslation("experts.kind"));
		this.expertGrid
			.addColumn((expert) -> expert.disciplines()
				.stream()
				.map((discipline) -> getTranslation("discipline." + discipline))
				.collect(Collectors.joining("、")))
			.setHeader(getTranslation("experts.disciplines"))
			.setFlexGrow(1);
		this.expertGrid.addColumn(ExpertView::contact).setHeader(getTranslation("experts.contact")).setAutoWidth(true);
		this.expertGrid.addComponentColumn((expert) -> {
			Button toggle = new Button(getTranslation(expert.active() ? "experts.deactivate" : "experts.activate"),
					(click) -> {
						if (Refusals.attempt(() -> this.experts.activate(expert.id(), !expert.active()))) {
							refresh();
						}
					});
			toggle.setId("toggle-" + expert.username());
			return toggle;
		});
		this.expertGrid.setHeight("24rem");
		Button add = new Button(getTranslation("experts.add"), (click) -> addExpertDialog());
		add.setId("expert-add");
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		VerticalLayout tab = new VerticalLayout(new Paragraph(getTranslation("experts.private")), this.expertGrid, add);
		tab.setPadding(false);
		return tab;
	}

	private void addExpertDialog() {
		Dialog dialog = new Dialog(getTranslation("experts.add"));
		TextField username = new TextField(getTranslation("experts.username"));
		username.setId("new-expert-username");
		PasswordField password = new PasswordField(getTranslation("experts.password"));
		password.setId("new-expert-password");
		TextField name = new TextField(getTranslation("experts.name"));
		name.setId("new-expert-name");
		TextField organisation = new TextField(getTranslation("experts.organisation"));
		organisation.setId("new-expert-organisation");
		TextField creditCode = new TextField(getTranslation("experts.creditCode"));
		creditCode.setId("new-expert-credit-code");
		creditCode.setMaxLength(18);
		Select<ExpertKind> kind = new Select<>();
		kind.setId("new-expert-kind");
		kind.setLabel(getTranslation("experts.kind"));
		kind.setItems(ExpertKind.values());
		kind.setItemLabelGenerator((value) -> getTranslation("expertKind." + value));
		kind.setValue(ExpertKind.TECHNICAL);
		MultiSelectComboBox<Discipline> disciplines = new MultiSelectComboBox<>(getTranslation("experts.disciplines"));
		disciplines.setId("new-expert-disciplines");
		disciplines.setItems(Discipline.values());
		disciplines.setItemLabelGenerator((value) -> getTranslation("discipline." + value));
		TextField contact = new TextField(getTranslation("experts.contact"));
		contact.setId("new-expert-contact");
		Button save = new Button(getTranslation("experts.save"), (click) -> {
			if (Refusals.attempt(() -> this.experts.add(new NewExpert(username.getValue(), password.getValue(),
					name.getValue(), organisation.getValue(), creditCode.getValue(),
					Set.copyOf(disciplines.getSelectedItems()), kind.getValue(), contact.getValue())))) {
				dialog.close();
				refresh();
			}
		});
		save.setId("new-expert-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		FormLayout form = new FormLayout(username, password, name, organisation, creditCode, kind, disciplines,
				contact);
		dialog.add(form);
		dialog.setWidth("min(48em, 95vw)");
		dialog.getFooter().add(new Button(getTranslation("expert.cancel"), (click) -> dialog.close()), save);
		dialog.open();
	}

	private Component panelsTab() {
		this.panelGrid.setId("evaluation-panels");
		this.panelGrid.addColumn(PanelView::referenceNo)
			.setHeader(getTranslation("expert.reference"))
			.setAutoWidth(true);
		this.panelGrid.addColumn(PanelView::applicantName).setHeader(getTranslation("expert.applicant")).setFlexGrow(1);
		this.panelGrid.addColumn((panel) -> getTranslation("panels.round", panel.round()))
			.setHeader(getTranslation("panels.roundLabel"));
		this.panelGrid.addColumn((panel) -> panel.dueOn().toString()).setHeader(getTranslation("expert.due"));
		this.panelGrid.addComponentColumn(this::progress).setHeader(getTranslation("panels.progress")).setFlexGrow(2);
		this.panelGrid
			.addColumn(
					(panel) -> panel.complete()
							? panel.score().toPlainString() + " · "
									+ getTranslation(
											Boolean.TRUE.equals(panel.passed()) ? "panels.passed" : "panels.failed")
							: "—")
			.setHeader(getTranslation("panels.score"));
		this.panelGrid.addComponentColumn((panel) -> {
			Button fill = new Button(getTranslation("panels.fill", panel.vacancies()), (click) -> {
				if (Refusals.attempt(() -> this.panels.fillVacancies(panel.caseId()))) {
					refresh();
				}
			});
			fill.setId("fill-" + panel.caseId());
			fill.setVisible(panel.vacancies() > 0);
			return fill;
		});
		this.panelGrid.addComponentColumn((panel) -> {
			Button replace = new Button(getTranslation("panels.replace"), (click) -> replaceDialog(panel));
			replace.setId("replace-" + panel.caseId());
			replace.setVisible(panel.seats().stream().anyMatch((seat) -> seat.state() == SeatState.ASSIGNED));
			return replace;
		}).setKey("replace");
		this.panelGrid.setHeight("24rem");
		VerticalLayout tab = new VerticalLayout(new Paragraph(getTranslation("panels.intro")), this.panelGrid);
		tab.setPadding(false);
		return tab;
	}

	/**
	 * An expert who does not score (or cannot) gives their seat to another, with the
	 * reason.
	 */
	private void replaceDialog(PanelView panel) {
		Dialog dialog = new Dialog(getTranslation("panels.replaceTitle", panel.referenceNo()));
		Select<PanelView.SeatView> seat = new Select<>();
		seat.setId("replace-seat");
		seat.setLabel(getTranslation("panels.replaceSeat"));
		seat.setItems(panel.seats().stream().filter((open) -> open.state() == SeatState.ASSIGNED).toList());
		seat.setItemLabelGenerator((open) -> open.expertName() + " · " + getTranslation("expertKind." + open.kind()));
		TextArea reason = new TextArea(getTranslation("panels.replaceReason"));
		reason.setId("replace-reason");
		reason.setMaxLength(1000);
		reason.setWidthFull();
		Button confirm = new Button(getTranslation("panels.replace"), (click) -> {
			if (seat.getValue() != null && Refusals
				.attempt(() -> this.panels.replaceSeat(panel.caseId(), seat.getValue().id(), reason.getValue()))) {
				dialog.close();
				refresh();
			}
		});
		confirm.setId("replace-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.add(new VerticalLayout(seat, reason));
		dialog.setWidth("min(36em, 95vw)");
		dialog.getFooter().add(new Button(getTranslation("expert.cancel"), (click) -> dialog.close()), confirm);
		dialog.open();
	}

	/** Each seat: the expert and where they stand; the total only once all are in. */
	private Component progress(PanelView panel) {
		HorizontalLayout seats = new HorizontalLayout();
		seats.getStyle().set("flex-wrap", "wrap");
		for (PanelView.SeatView seat : panel.seats()) {
			Span badge = new Span(seat.expertName() + " · " + getTranslation("seatState." + seat.state())
					+ (seat.late() ? " · " + getTranslation("expert.late") : "")
					+ ((seat.total() != null) ? " · " + seat.total().toPlainString() : ""));
			badge.getElement()
				.getThemeList()
				.add((seat.state() == SeatState.SCORED) ? "badge success"
						: (seat.state() == SeatState.ASSIGNED) ? "badge" : "badge contrast");
			if (seat.conflictReason() != null) {
				badge.getElement().setAttribute("title", seat.conflictReason());
			}
			seats.add(badge);
		}
		return seats;
	}

	private Component objectionsTab() {
		this.objectionGrid.setId("evaluation-objections");
		this.objectionGrid.addColumn(ObjectionView::id).setHeader("#").setAutoWidth(true);
		this.objectionGrid.addColumn(ObjectionView::subject)
			.setHeader(getTranslation("expert.applicant"))
			.setAutoWidth(true);
		this.objectionGrid.addColumn((objection) -> objection.name() + "(" + objection.contact() + ")")
			.setHeader(getTranslation("objections.from"))
			.setAutoWidth(true);
		this.objectionGrid.addColumn(ObjectionView::reason)
			.setHeader(getTranslation("publicNotice.reason"))
			.setFlexGrow(1);
		this.objectionGrid.addColumn((objection) -> this.times.format(objection.receivedAt()))
			.setHeader(getTranslation("objections.received"));
		this.objectionGrid.addComponentColumn((objection) -> {
			Button handle = new Button(getTranslation("objections.handle"), (click) -> handleDialog(objection));
			handle.setId("handle-" + objection.id());
			return handle;
		}).setKey("handle");
		this.objectionGrid.setHeight("24rem");
		VerticalLayout tab = new VerticalLayout(new Paragraph(getTranslation("objections.intro")), this.objectionGrid);
		tab.setPadding(false);
		return tab;
	}

	private void handleDialog(ObjectionView objection) {
		Dialog dialog = new Dialog(getTranslation("objections.handleTitle", objection.id()));
		Select<Boolean> upheld = new Select<>();
		upheld.setId("objection-upheld");
		upheld.setLabel(getTranslation("objections.finding"));
		upheld.setItems(Boolean.FALSE, Boolean.TRUE);
		upheld.setItemLabelGenerator(
				(value) -> getTranslation(value ? "objectionState.UPHELD" : "objectionState.REJECTED"));
		upheld.setValue(Boolean.FALSE);
		TextArea answer = new TextArea(getTranslation("objections.answer"));
		answer.setId("objection-answer");
		answer.setMaxLength(2000);
		answer.setWidthFull();
		Button confirm = new Button(getTranslation("objections.record"), (click) -> {
			if (Refusals.attempt(() -> this.notices.handle(objection.id(), upheld.getValue(), answer.getValue()))) {
				dialog.close();
				refresh();
			}
		});
		confirm.setId("objection-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.add(new Paragraph(objection.reason()), new VerticalLayout(upheld, answer));
		dialog.setWidth("min(40em, 95vw)");
		dialog.getFooter().add(new Button(getTranslation("expert.cancel"), (click) -> dialog.close()), confirm);
		dialog.open();
	}

	private void refresh() {
		this.callGrid.setItems(this.calls.published(this.departmentCode, getLocale())
			.stream()
			.filter((call) -> this.items.contains(call.itemCode()))
			.toList());
		// The pool, the panels and the objections a page at a time, as the grid scrolls.
		this.expertGrid
			.setItems((query) -> this.experts.pool(PageRequest.of(query.getPage(), query.getPageSize())).stream());
		this.panelGrid
			.setItems((query) -> this.panels.panels(PageRequest.of(query.getPage(), query.getPageSize())).stream());
		this.objectionGrid
			.setItems((query) -> this.notices.open(PageRequest.of(query.getPage(), query.getPageSize())).stream());
	}

	private java.time.Instant instant(LocalDateTime local) {
		return local.atZone(this.zone).toInstant();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("evaluation.title");
	}

}
