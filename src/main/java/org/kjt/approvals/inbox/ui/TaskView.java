package org.kjt.approvals.inbox.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Transient;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.MaterialRequirement;
import org.kjt.approvals.cases.ServiceItem;
import org.kjt.approvals.cases.StepCompletion;
import org.kjt.approvals.cases.Steps;
import org.kjt.approvals.inbox.Consultations;
import org.kjt.approvals.inbox.InboxItem;
import org.kjt.approvals.inbox.OpinionPhrases;
import org.kjt.approvals.inbox.SideTask;
import org.kjt.approvals.inbox.Workbench;
import org.kjt.approvals.orgstructure.DivisionRef;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.Role;

/**
 * The task form: the case (form, materials, history with opinions, notices, clock), where
 * the process stands, and the step's outcomes with their required fields.
 */
@Route("workbench/task")
@RolesAllowed("STAFF")
class TaskView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	private final Workbench workbench;

	private final CaseQueries cases;

	private final Catalogue catalogue;

	private final Accounts accounts;

	private final CurrentUser currentUser;

	private final StepCompletion stepCompletion;

	private final CaseSections sections;

	private final Consultations consultations;

	private final OpinionPhrases phrases;

	private final OrgStructure orgStructure;

	private final RadioButtonGroup<String> outcome = new RadioButtonGroup<>();

	private final Div fields = new Div();

	private final TextArea opinion = new TextArea();

	private final Map<String, Component> inputs = new LinkedHashMap<>();

	private final Map<String, ChecklistRow> checklist = new LinkedHashMap<>();

	private InboxItem task;

	private CaseView view;

	TaskView(Workbench workbench, CaseQueries cases, Catalogue catalogue, Accounts accounts, CurrentUser currentUser,
			StepCompletion stepCompletion, CaseSections sections, Consultations consultations,
			OrgStructure orgStructure, OpinionPhrases phrases) {
		this.phrases = phrases;
		this.consultations = consultations;
		this.orgStructure = orgStructure;
		this.stepCompletion = stepCompletion;
		this.sections = sections;
		this.workbench = workbench;
		this.cases = cases;
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.currentUser = currentUser;
		setWidthFull();
	}

	@Override
	public void setParameter(BeforeEvent event, String taskId) {
		try {
			this.task = this.workbench.task(taskId);
		}
		catch (DomainException ex) {
			removeAll();
			add(new H2(getTranslation(ex.messageKey(), ex.arguments())));
			return;
		}
		this.view = this.cases.get(this.task.caseId());
		render();
	}

	private void render() {
		removeAll();
		add(new H2(this.sections.title(this.view, getLocale()) + " · " + getTranslation("step." + this.task.step())));
		this.sections.sections(this.view, this.task.remainingWorkingDays(), true).forEach((section) -> add(section));
		AppUser user = this.currentUser.require();
		SideTask side = sideTask();
		if (side != null) {
			// What the task outside the process asks (another division's question, a poor
			// rating), above the answer.
			SideTask.Asked request = side.asked(this.task.id(), getLocale());
			Div asked = new Div(new H3(request.heading()), new Paragraph(request.text()));
			asked.setId(this.task.step() + "-question");
			asked.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
			add(asked);
		}
		if (user.username().equals(this.task.assignee())) {
			add(new H3(getTranslation("task.decide")), outcomeForm(user));
			if (side == null) {
				add(consultationForm(user));
			}
		}
		else {
			add(new Paragraph(getTranslation("task.notHeld")));
		}
	}

	private Component outcomeForm(AppUser user) {
		this.outcome.setId("outcome");
		this.outcome.setLabel(getTranslation("task.outcome"));
		SideTask side = sideTask();
		this.outcome.setItems((side != null) ? side.outcomes()
				: this.stepCompletion.outcomes(this.task.caseId(), process(), this.task.step()));
		this.outcome.setItemLabelGenerator((code) -> getTranslation("outcome." + this.task.step() + "." + code));
		this.outcome.addValueChangeListener((event) -> outcomeFields(event.getValue(), user));
		this.opinion.setId("opinion");
		this.opinion.setLabel(getTranslation("task.opinion"));
		this.opinion.setRequired(true);
		this.opinion.setWidthFull();
		// 常用意见: a saved phrase fills the opinion; the opinion can be saved as one.
		ComboBox<String> phrases = new ComboBox<>(getTranslation("phrase.label"));
		phrases.setId("opinion-phrases");
		phrases.setItems(this.phrases.mine());
		phrases.setWidthFull();
		phrases.addValueChangeListener((event) -> {
			if (event.isFromClient() && event.getValue() != null) {
				this.opinion.setValue(event.getValue());
			}
		});
		Button savePhrase = new Button(getTranslation("phrase.save"), (click) -> {
			if (Refusals.attempt(() -> phrases.setItems(this.phrases.save(this.opinion.getValue())))) {
				Notification.show(getTranslation("phrase.saved"), 2000, Notification.Position.TOP_CENTER);
			}
		});
		savePhrase.setId("save-phrase");
		savePhrase.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		Button complete = new Button(getTranslation("task.complete"), (click) -> complete());
		complete.setId("complete");
		complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

		Select<AppUser> colleague = new Select<>();
		colleague.setLabel(getTranslation("task.transferTo"));
		colleague.setItems(this.accounts.staffOf(user.departmentCode(), user.divisionCode())
			.stream()
			.filter((other) -> !other.username().equals(user.username()))
			.toList());
		colleague.setItemLabelGenerator((other) -> other.displayName() + " (" + other.username() + ")");
		Button transfer = new Button(getTranslation("task.transfer"), (click) -> act(() -> {
			if (colleague.getValue() != null) {
				this.workbench.transfer(this.task.id(), colleague.getValue().username());
				getUI().ifPresent((ui) -> ui.navigate(WorkbenchView.class));
			}
		}));
		Button back = new Button(getTranslation("inbox.unclaim"), (click) -> act(() -> {
			this.workbench.unclaim(this.task.id());
			getUI().ifPresent((ui) -> ui.navigate(WorkbenchView.class));
		}));
		HorizontalLayout others = new HorizontalLayout(colleague, transfer, back);
		others.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		VerticalLayout form = new VerticalLayout(this.outcome, this.fields, phrases, this.opinion, savePhrase, complete,
				others);
		form.setPadding(false);
		return form;
	}

	/** The chosen outcome's fields, drawn from the process's step table. */
	private void outcomeFields(String chosen, AppUser user) {
		this.fields.removeAll();
		this.inputs.clear();
		this.checklist.clear();
		if (chosen == null || sideTask() != null) {
			return;
		}
		List<Steps.Field> declared = this.stepCompletion.fields(process(), this.task.step(), chosen);
		for (Steps.Field field : declared) {
			field(field, user);
		}
		// A field that applies only when another has a value (e.g. the refusal reasons of
		// a
		// refusal) is shown only then, and is then required.
		for (Steps.Field field : declared) {
			Steps.Condition when = field.when();
			Component input = this.inputs.get(field.code());
			if (when != null && input != null && this.inputs.get(when.field()) instanceof HasValue<?, ?> control) {
				input.setVisible(false);
				control.addValueChangeListener(
						(event) -> input.setVisible(when.value().equals(String.valueOf(event.getValue()))));
			}
		}
	}

	private @Nullable SideTask sideTask() {
		return this.workbench.sideTask(this.task.step()).orElse(null);
	}

	/** 征求意见: another division of the department asked for a written opinion. */
	private Component consultationForm(AppUser user) {
		Select<DivisionRef> division = new Select<>();
		division.setId("consult-division");
		division.setLabel(getTranslation("consultation.division"));
		division.setItems(this.orgStructure.divisions(user.departmentCode())
			.stream()
			.filter((candidate) -> !candidate.code().equals(user.divisionCode()))
			.toList());
		division.setItemLabelGenerator((ref) -> "en".equals(getLocale().getLanguage()) ? ref.nameEn() : ref.nameZh());
		division.setWidth("24rem");
		division.setMaxWidth("100%");
		TextArea question = new TextArea(getTranslation("consultation.question"));
		question.setId("consult-question");
		question.setRequired(true);
		question.setWidthFull();
		IntegerField days = new IntegerField(getTranslation("consultation.days"));
		days.setId("consult-days");
		days.setMin(1);
		days.setMax(20);
		days.setValue(5);
		days.setStepButtonsVisible(true);
		Button send = new Button(getTranslation("consultation.send"), (click) -> {
			String taskId = this.task.id();
			String code = (division.getValue() != null) ? division.getValue().code() : null;
			AtomicReference<InboxItem> asked = new AtomicReference<>();
			if (Refusals.attempt(() -> asked.set(Transient
				.retry(() -> this.consultations.ask(taskId, code, question.getValue(), days.getValue()))))) {
				Notification.show(
						getTranslation("consultation.sent",
								"en".equals(getLocale().getLanguage()) ? division.getValue().nameEn()
										: division.getValue().nameZh(),
								asked.get().due()),
						4000, Notification.Position.TOP_CENTER)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				this.view = this.cases.get(this.task.caseId());
				render();
			}
		});
		send.setId("consult-send");
		VerticalLayout form = new VerticalLayout(division, question, days, send);
		form.setPadding(false);
		Details panel = new Details(getTranslation("consultation.title"), form);
		panel.setId("consult-panel");
		panel.setWidthFull();
		return panel;
	}

	private String process() {
		return this.catalogue.find(this.view.item()).map(ServiceItem::process).orElse("");
	}

	/**
	 * Every checklist item, each with the problem found: a correction notice, or gaps.
	 */
	private void materialItems() {
		ServiceItem item = this.catalogue.find(this.view.item()).orElseThrow();
		VerticalLayout rows = new VerticalLayout();
		rows.setId("material-items");
		rows.setPadding(false);
		for (MaterialRequirement material : item.materials()) {
			Checkbox listed = new Checkbox(material.name(getLocale()));
			listed.setId("item-" + material.code());
			TextField problem = new TextField();
			problem.setId("problem-" + material.code());
			problem.setPlaceholder(getTranslation("field.problem"));
			// Aligned on a desktop, wrapped under the item on a phone.
			listed.setWidth("24rem");
			listed.setMaxWidth("100%");
			problem.setWidth("30rem");
			problem.setMaxWidth("100%");
			HorizontalLayout row = new HorizontalLayout(listed, problem);
			row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
			row.setWidthFull();
			row.getStyle().set("flex-wrap", "wrap");
			rows.add(row);
			this.checklist.put(material.code(), new ChecklistRow(listed, problem));
		}
		this.fields.add(rows);
	}

	/** A field of the outcome, entered as its kind says. */
	private void field(Steps.Field field, AppUser user) {
		String label = getTranslation("field." + field.code());
		Component input = switch (field.kind()) {
			case MATERIALS -> null;
			case AREA -> area("field." + field.code());
			case DATE -> {
				DatePicker date = new DatePicker(label);
				date.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
				yield date;
			}
			case CHOICE -> {
				RadioButtonGroup<String> choice = new RadioButtonGroup<>();
				choice.setId(field.code());
				choice.setLabel(label);
				choice.setItems(field.choices());
				choice.setItemLabelGenerator((code) -> getTranslation("field." + field.code() + "." + code));
				yield choice;
			}
			case COLLEAGUES -> {
				MultiSelectComboBox<String> colleagues = new MultiSelectComboBox<>(label);
				colleagues.setId(field.code());
				colleagues.setItems(staffNames(user));
				colleagues.setItemLabelGenerator(this::staffLabel);
				colleagues.setWidthFull();
				// Every chosen colleague shown by name, the field growing downwards.
				colleagues.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
				yield colleagues;
			}
			case STAFF_MEMBER -> {
				ComboBox<String> member = new ComboBox<>(label);
				member.setItems(staffNames(user));
				member.setItemLabelGenerator(this::staffLabel);
				yield member;
			}
			case TEXT -> text("field." + field.code());
		};
		if (input == null) {
			materialItems();
			return;
		}
		if (input instanceof HasValue<?, ?> value) {
			value.setRequiredIndicatorVisible(field.required());
		}
		input(field.code(), input);
	}

	/**
	 * Colleagues who can be named to examine or preside: the division's staff, not its
	 * head or the department's leaders, who sign the decision.
	 */
	private List<String> staffNames(AppUser user) {
		return this.accounts.staffOf(user.departmentCode(), user.divisionCode())
			.stream()
			.filter((staff) -> !staff.has(Role.DIVISION_HEAD) && !staff.has(Role.LEADER))
			.map(AppUser::username)
			.toList();
	}

	private String staffLabel(String username) {
		return this.sections.name(username);
	}

	private void input(String code, Component component) {
		component.setId(component.getId().orElse("field-" + code));
		this.inputs.put(code, component);
		this.fields.add(component);
	}

	private TextArea area(String key) {
		TextArea area = new TextArea(getTranslation(key));
		area.setWidthFull();
		return area;
	}

	private TextField text(String key) {
		TextField field = new TextField(getTranslation(key));
		field.setWidthFull();
		return field;
	}

	@SuppressWarnings("unchecked")
	private void complete() {
		Map<String, Object> values = new LinkedHashMap<>();
		Map<String, String> items = new LinkedHashMap<>();
		this.checklist.forEach((code, row) -> {
			if (row.listed().getValue()) {
				items.put(code, row.problem().getValue());
			}
		});
		this.inputs.forEach((code, component) -> {
			if (component instanceof DatePicker date) {
				values.put(code, (date.getValue() != null) ? date.getValue().toString() : null);
			}
			else if (component instanceof MultiSelectComboBox<?> box) {
				values.put(code, List.copyOf((Set<String>) box.getValue()));
			}
			else if (component instanceof HasValue<?, ?> field) {
				values.put(code, field.getValue());
			}
		});
		if (!items.isEmpty()) {
			values.put("items", items);
		}
		act(() -> {
			String taskId = this.task.id();
			String outcome = this.outcome.getValue();
			String opinion = this.opinion.getValue();
			Transient.run(() -> this.workbench.complete(taskId, outcome, opinion, values));
			Notification.show(getTranslation("task.completed"), 3000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			getUI().ifPresent((ui) -> ui.navigate(WorkbenchView.class));
		});
	}

	private void act(Runnable action) {
		Refusals.attempt(action);
	}

	/** A checklist item: ticked when listed, with the problem found. */
	private record ChecklistRow(Checkbox listed, TextField problem) {
	}

	@Override
	public String getPageTitle() {
		return (this.task != null) ? this.task.referenceNo() + " · " + getTranslation("step." + this.task.step())
				: getTranslation("inbox.title");
	}

}
