package org.kjt.approvals.cases.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Transient;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.base.ui.Uploads;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseRef;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.FormAssist;
import org.kjt.approvals.cases.MaterialRequirement;
import org.kjt.approvals.cases.ServiceItem;

/**
 * 申请: the item's form, saved as a draft; then each material of the checklist uploaded;
 * then submitted. Draft and uploads go through the same service methods as the REST API.
 */
@Route("portal/apply/:department/:item")
@RolesAllowed("APPLICANT")
class ApplyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final Cases cases;

	private final CaseQueries queries;

	private final Catalogue catalogue;

	private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();

	private final List<FormAssist> assists;

	private final Div live = new Div();

	private FormAssist assist;

	private final VerticalLayout materials = new VerticalLayout();

	private ServiceItem item;

	private String department;

	private Long caseId;

	private @Nullable Paragraph materialsHint;

	ApplyView(Cases cases, CaseQueries queries, Catalogue catalogue, List<FormAssist> assists) {
		this.assists = assists;
		this.cases = cases;
		this.queries = queries;
		this.catalogue = catalogue;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.department = event.getRouteParameters().get("department").orElse("");
		String code = event.getRouteParameters().get("item").orElse("");
		try {
			this.item = this.catalogue.require(this.department, code);
		}
		catch (DomainException ex) {
			add(new H2(getTranslation(ex.messageKey(), ex.arguments())));
			return;
		}
		render();
		// A draft continued: its form filled in, its uploads listed.
		event.getLocation().getQueryParameters().getSingleParameter("case").ifPresent(this::resume);
	}

	private void resume(String id) {
		CaseView draft;
		try {
			draft = this.queries.own(Long.parseLong(id));
		}
		catch (NumberFormatException ex) {
			Refusals.show(DomainException.notFound("case.error.notFound", id));
			return;
		}
		catch (DomainException ex) {
			Refusals.show(ex);
			return;
		}
		if (draft.status() != CaseStatus.DRAFT || !draft.item().equals(this.item.code())) {
			Refusals.show(DomainException.conflict("case.error.wrongStatus", draft.referenceNo(),
					getTranslation("status." + draft.status().name())));
			return;
		}
		this.caseId = draft.id();
		this.fields.forEach((code, input) -> {
			Object value = draft.form().get(code);
			if (value == null) {
				return;
			}
			if (input instanceof DatePicker date) {
				date.setValue(LocalDate.parse(value.toString()));
			}
			else {
				@SuppressWarnings("unchecked")
				HasValue<?, String> text = (HasValue<?, String>) input;
				text.setValue(value.toString());
			}
		});
		showMaterials(draft);
	}

	private void render() {
		removeAll();
		add(new H2(getTranslation("apply.title", this.item.name(getLocale()))),
				new Paragraph(((this.item.timeLimitDays() > 0)
						? getTranslation("catalogue.timeLimit", this.item.timeLimitDays())
						: getTranslation("catalogue.inCalls"))));
		this.assist = this.assists.stream()
			.filter((candidate) -> candidate.handles(this.item.code()))
			.findFirst()
			.orElse(null);
		FormLayout form = new FormLayout();
		for (ServiceItem.FormField field : this.item.formFields()) {
			if (field.derived()) {
				continue;
			}
			Component input = input(field);
			input.setId("form-" + field.code());
			this.fields.put(field.code(), (HasValue<?, ?>) input);
			((HasValue<?, ?>) input).addValueChangeListener((event) -> refreshLive());
			form.add(input);
		}
		Button save = new Button(getTranslation("apply.saveDraft"), (click) -> saveDraft());
		save.setId("save-draft");
		this.materials.setPadding(false);
		this.materials.setVisible(false);
		Button submit = new Button(getTranslation("apply.submit"), (click) -> submit());
		submit.setId("submit");
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.live.setId("live-panel");
		// Uploads belong to a saved draft: said before the first save.
		Paragraph hint = new Paragraph(getTranslation("apply.uploadHint"));
		hint.setId("materials-hint");
		this.materialsHint = hint;
		add(form, this.live, hint, save, this.materials, submit);
	}

	/** A date picker, a choice, a table or a text field, as the item's module says. */
	private Component input(ServiceItem.FormField field) {
		String label = field.name(getLocale());
		if (this.assist != null && this.assist.isDate(field.code())) {
			DatePicker date = new DatePicker(label);
			date.setRequiredIndicatorVisible(field.required());
			// One unambiguous format for dates of passports and contracts.
			date.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
			return date;
		}
		FormAssist.Table table = (this.assist != null) ? this.assist.table(field.code()).orElse(null) : null;
		if (table != null) {
			TableInput rows = new TableInput(label, "form-" + field.code(), table);
			rows.setRequiredIndicatorVisible(field.required());
			return rows;
		}
		List<String> choices = (this.assist != null) ? this.assist.choices(field.code()) : List.of();
		if (!choices.isEmpty()) {
			Select<String> select = new Select<>();
			select.setLabel(label);
			select.setItems(choices);
			select.setItemLabelGenerator((code) -> getTranslation("choice." + field.code() + "." + code));
			select.setRequiredIndicatorVisible(field.required());
			return select;
		}
		TextField text = new TextField(label);
		text.setRequiredIndicatorVisible(field.required());
		text.setMaxLength(2000);
		text.setValueChangeMode(ValueChangeMode.LAZY);
		return text;
	}

	/**
	 * What the form amounts to so far (e.g. the work-permit score), while it is filled
	 * in.
	 */
	private void refreshLive() {
		this.live.removeAll();
		if (this.assist == null) {
			return;
		}
		this.assist.live(form(), getLocale()).forEach((line) -> this.live.add(new Paragraph(line)));
	}

	private Map<String, Object> form() {
		Map<String, Object> values = new LinkedHashMap<>();
		this.fields.forEach((code, field) -> {
			Object value = field.getValue();
			if (value != null && !value.toString().isBlank()) {
				values.put(code, value.toString());
			}
		});
		return values;
	}

	private void saveDraft() {
		act(() -> {
			CaseRef saved = (this.caseId == null) ? this.cases.create(this.department, this.item.code(), form())
					: this.cases.saveDraft(this.caseId, form());
			CaseView view = this.queries.get(saved.id());
			this.caseId = view.id();
			showMaterials(view);
			Notification.show(getTranslation("apply.saved", view.referenceNo()), 3000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		});
	}

	private void showMaterials(CaseView view) {
		if (this.materialsHint != null) {
			this.materialsHint.setVisible(false);
		}
		this.materials.removeAll();
		this.materials.setVisible(true);
		this.materials.add(new H3(getTranslation("apply.materials", view.referenceNo())));
		for (MaterialRequirement material : this.item.materials()) {
			Span status = new Span(view.materials()
				.stream()
				.filter((uploaded) -> uploaded.material().equals(material.code()))
				.map((uploaded) -> "✔ " + uploaded.fileName())
				.reduce((first, second) -> second)
				.orElse(material.mandatoryFor(view.form()) ? getTranslation("apply.missing")
						: getTranslation("catalogue.optional")));
			status.setId("status-" + material.code());
			UI ui = UI.getCurrent();
			long id = this.caseId;
			Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> act(() -> {
				CaseView.MaterialView stored = this.cases.upload(id, material.code(), metadata.fileName(), bytes);
				status.setText("✔ " + stored.fileName());
			}))));
			upload.setId("upload-" + material.code());
			Uploads.localized(upload);
			upload.setMaxFiles(1);
			upload.setAcceptedFileTypes(material.types()
				.stream()
				.flatMap((type) -> type.extensions().stream())
				.map((extension) -> "." + extension)
				.toArray(String[]::new));
			HorizontalLayout row = new HorizontalLayout(new Span(material.name(getLocale())), upload, status);
			row.setDefaultVerticalComponentAlignment(Alignment.CENTER);
			this.materials.add(row);
		}
	}

	private void submit() {
		if (this.caseId == null) {
			// Nothing uploaded yet: say what is missing rather than storing a draft that
			// cannot be submitted.
			List<String> missing = new ArrayList<>();
			for (ServiceItem.FormField field : this.item.formFields()) {
				HasValue<?, ?> input = this.fields.get(field.code());
				if (field.required() && input != null
						&& (input.getValue() == null || input.getValue().toString().isBlank())) {
					missing.add(field.name(getLocale()));
				}
			}
			this.item.materials()
				.stream()
				.filter(MaterialRequirement::mandatory)
				.forEach((material) -> missing.add(material.name(getLocale())));
			Refusals.show(DomainException.invalid("materials", "apply.incomplete", String.join("、", missing)));
			return;
		}
		act(() -> {
			this.cases.saveDraft(this.caseId, form());
			long id = this.caseId;
			CaseRef view = Transient.retry(() -> this.cases.submit(id));
			Notification
				.show(getTranslation("apply.submitted", view.referenceNo(), view.queryCode()), 4000,
						Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			getUI().ifPresent((ui) -> ui.navigate("portal/case/" + view.id()));
		});
	}

	private void act(Runnable action) {
		Refusals.attempt(action);
	}

	@Override
	public String getPageTitle() {
		return (this.item != null) ? getTranslation("apply.title", this.item.name(getLocale())) : "";
	}

}
