package org.kjt.approvals.evaluation.ui;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.base.ui.Words;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.ServiceItem;
import org.kjt.approvals.documents.MaterialContent;
import org.kjt.approvals.evaluation.Assignment;
import org.kjt.approvals.evaluation.EvaluationItem;
import org.kjt.approvals.evaluation.Panels;
import org.kjt.approvals.evaluation.SeatState;

import org.springframework.data.domain.PageRequest;

/**
 * 我的评审任务: the applications assigned to the expert; one opened shows the application and
 * the scoring sheet, and the expert scores it or declares a conflict. Nobody else's
 * scores are ever shown here.
 */
@Route("expert")
@Menu(title = "expert.menu", order = 15)
@RolesAllowed("EXPERT")
class ExpertAssignmentsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

	private final Panels panels;

	private final Catalogue catalogue;

	ExpertAssignmentsView(Panels panels, Catalogue catalogue) {
		this.panels = panels;
		this.catalogue = catalogue;
		setMaxWidth("960px");
	}

	@Override
	public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long seatId) {
		removeAll();
		if (seatId == null) {
			list();
		}
		else {
			try {
				detail(this.panels.assignment(seatId, getLocale()));
			}
			catch (DomainException ex) {
				add(new H2(getTranslation("expert.title")), alert(getTranslation(ex.messageKey(), ex.arguments())));
			}
		}
	}

	private void list() {
		add(new H2(getTranslation("expert.title")), new Paragraph(getTranslation("expert.intro")));
		Grid<Assignment> grid = new Grid<>(Assignment.class, false);
		grid.setId("expert-assignments");
		grid.addColumn(Assignment::referenceNo).setHeader(getTranslation("expert.reference")).setAutoWidth(true);
		grid.addColumn(Assignment::itemName).setHeader(getTranslation("expert.item")).setAutoWidth(true);
		grid.addColumn(Assignment::applicantName).setHeader(getTranslation("expert.applicant")).setFlexGrow(1);
		grid.addColumn((assignment) -> assignment.dueOn().toString()).setHeader(getTranslation("expert.due"));
		grid.addComponentColumn(this::state).setHeader(getTranslation("expert.state"));
		grid.addComponentColumn((assignment) -> {
			Button open = new Button(
					getTranslation(assignment.state() == SeatState.ASSIGNED ? "expert.score" : "expert.view"),
					(click) -> getUI().ifPresent((ui) -> ui.navigate(ExpertAssignmentsView.class, assignment.id())));
			open.setId("open-" + assignment.id());
			return open;
		});
		grid.setItems(
				(query) -> this.panels.assignments(PageRequest.of(query.getPage(), query.getPageSize()), getLocale())
					.stream());
		grid.setHeight("28rem");
		add(grid);
	}

	private Span state(Assignment assignment) {
		Span state = new Span(getTranslation("seatState." + assignment.state())
				+ (assignment.overdue() ? " · " + getTranslation("expert.overdue") : "")
				+ (assignment.late() ? " · " + getTranslation("expert.late") : ""));
		state.getElement()
			.getThemeList()
			.add((assignment.state() == SeatState.SCORED) ? "badge success"
					: assignment.overdue() ? "badge error" : "badge");
		return state;
	}

	private void detail(Assignment assignment) {
		Button back = new Button(getTranslation("expert.back"),
				(click) -> getUI().ifPresent((ui) -> ui.navigate(ExpertAssignmentsView.class)));
		back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		add(back, new H2(assignment.applicantName()), new Paragraph(assignment.itemName() + " · "
				+ assignment.referenceNo() + " · " + getTranslation("expert.dueOn", assignment.dueOn().toString())),
				state(assignment));
		add(new H3(getTranslation("expert.application")), application(assignment));
		add(new H3(getTranslation("expert.materials")), materials(assignment));
		add(new H3(getTranslation("expert.sheet")));
		if (assignment.state() == SeatState.ASSIGNED) {
			scoring(assignment);
		}
		else {
			FormLayout scored = new FormLayout();
			for (EvaluationItem.Criterion criterion : assignment.criteria()) {
				scored.addFormItem(new Span(String.valueOf(assignment.scores().getOrDefault(criterion.code(), 0))),
						label(criterion));
			}
			scored.addFormItem(new Span(String.valueOf(assignment.total())), getTranslation("expert.total"));
			scored.addFormItem(new Span(String.valueOf(assignment.comment())), getTranslation("expert.comment"));
			add(scored);
		}
	}

	private FormLayout application(Assignment assignment) {
		FormLayout form = new FormLayout();
		form.setId("expert-application");
		Map<String, String> labels = new LinkedHashMap<>();
		this.catalogue.find(assignment.itemCode())
			.ifPresent((item) -> item.formFields()
				.forEach((ServiceItem.FormField field) -> labels.put(field.code(), field.name(getLocale()))));
		assignment.application().forEach((code, value) -> {
			if (value != null && !value.toString().isBlank()) {
				// A choice in words; a table a row per line.
				String shown = Words.orElse(this, "choice." + code + "." + value, value.toString());
				Span text = new Span(shown.replace(";", "\n").replace("|", " · "));
				text.getStyle().set("white-space", "pre-line");
				form.addFormItem(text, labels.getOrDefault(code, code));
			}
		});
		return form;
	}

	/** The application's materials, the latest of each kind, each downloaded as sent. */
	private VerticalLayout materials(Assignment assignment) {
		VerticalLayout list = new VerticalLayout();
		list.setId("expert-materials");
		list.setPadding(false);
		list.setSpacing(false);
		ServiceItem item = this.catalogue.find(assignment.itemCode()).orElse(null);
		List<CaseView.MaterialView> materials = this.panels.materials(assignment.id());
		if (materials.isEmpty()) {
			list.add(new Span(getTranslation("expert.noMaterials")));
		}
		for (CaseView.MaterialView material : materials) {
			String name = (item != null) ? item.material(material.material())
				.map((requirement) -> requirement.name(getLocale()))
				.orElse(material.material()) : material.material();
			long seatId = assignment.id();
			Anchor download = new Anchor(DownloadHandler.fromInputStream((event) -> {
				MaterialContent content = this.panels.materialContent(seatId, material.id());
				return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.meta().fileName(),
						content.meta().contentType(), content.bytes().length);
			}), material.fileName());
			download.setId("material-" + material.id());
			HorizontalLayout row = new HorizontalLayout(new Span(name + getTranslation("colon")), download);
			row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
			row.getStyle().set("flex-wrap", "wrap");
			list.add(row);
		}
		return list;
	}

	private void scoring(Assignment assignment) {
		FormLayout sheet = new FormLayout();
		sheet.setId("expert-sheet");
		Map<String, IntegerField> fields = new LinkedHashMap<>();
		Span total = new Span("0 / " + assignment.criteria().stream().mapToInt(EvaluationItem.Criterion::max).sum());
		total.setId("expert-total");
		for (EvaluationItem.Criterion criterion : assignment.criteria()) {
			IntegerField points = new IntegerField(label(criterion));
			points.setId("score-" + criterion.code());
			points.setMin(0);
			points.setMax(criterion.max());
			points.setStepButtonsVisible(true);
			points.setHelperText(getTranslation("expert.range", criterion.max()));
			points.addValueChangeListener((change) -> total.setText(fields.values()
				.stream()
				.mapToInt((field) -> (field.getValue() == null) ? 0 : field.getValue())
				.sum() + " / " + assignment.criteria().stream().mapToInt(EvaluationItem.Criterion::max).sum()));
			fields.put(criterion.code(), points);
			sheet.add(points);
		}
		TextArea comment = new TextArea(getTranslation("expert.comment"));
		comment.setId("expert-comment");
		comment.setMaxLength(2000);
		comment.setWidthFull();
		sheet.add(comment, 2);
		sheet.addFormItem(total, getTranslation("expert.total"));
		Button submit = new Button(getTranslation("expert.submit"), (click) -> {
			Map<String, Integer> scores = new LinkedHashMap<>();
			fields.forEach((code, field) -> {
				if (field.getValue() != null) {
					scores.put(code, field.getValue());
				}
				field.setInvalid(false);
			});
			try {
				this.panels.score(assignment.id(), scores, comment.getValue());
				Notification.show(getTranslation("expert.scored"), 4000, Notification.Position.MIDDLE)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				getUI().ifPresent((ui) -> ui.navigate(ExpertAssignmentsView.class));
			}
			catch (DomainException ex) {
				String field = ex.field();
				if (field != null && field.startsWith("scores.") && fields.containsKey(field.substring(7))) {
					IntegerField wrong = fields.get(field.substring(7));
					wrong.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
					wrong.setInvalid(true);
				}
				Refusals.show(ex);
			}
		});
		submit.setId("expert-submit");
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button conflict = new Button(getTranslation("expert.conflict"), (click) -> conflictDialog(assignment));
		conflict.setId("expert-conflict");
		conflict.addThemeVariants(ButtonVariant.LUMO_ERROR);
		add(sheet, new Paragraph(getTranslation("expert.independent")), new HorizontalLayout(submit, conflict));
	}

	private void conflictDialog(Assignment assignment) {
		Dialog dialog = new Dialog(getTranslation("expert.conflict"));
		TextArea reason = new TextArea(getTranslation("expert.conflictReason"));
		reason.setId("conflict-reason");
		reason.setMaxLength(1000);
		reason.setWidth("28em");
		Button confirm = new Button(getTranslation("expert.conflictConfirm"), (click) -> {
			if (Refusals.attempt(() -> this.panels.declareConflict(assignment.id(), reason.getValue()))) {
				dialog.close();
				Notification.show(getTranslation("expert.conflictDeclared"), 4000, Notification.Position.MIDDLE);
				getUI().ifPresent((ui) -> ui.navigate(ExpertAssignmentsView.class));
			}
		});
		confirm.setId("conflict-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		dialog.add(new Paragraph(getTranslation("expert.conflictIntro")), reason);
		dialog.getFooter().add(new Button(getTranslation("expert.cancel"), (click) -> dialog.close()), confirm);
		dialog.open();
	}

	private String label(EvaluationItem.Criterion criterion) {
		return getTranslation("expert.criterion", criterion.name(getLocale()), criterion.max());
	}

	private static Paragraph alert(String text) {
		Paragraph alert = new Paragraph(text);
		alert.getElement().setAttribute("role", "alert");
		return alert;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("expert.title");
	}

}
