package org.kjt.approvals.inbox.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.ui.HtmlPageLink;
import org.kjt.approvals.base.ui.LocalTimes;
import org.kjt.approvals.base.ui.Words;
import org.kjt.approvals.cases.CaseHistoryType;
import org.kjt.approvals.cases.CasePath;
import org.kjt.approvals.cases.CasePaths;
import org.kjt.approvals.cases.CaseProcesses;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseRules;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.NoticePrinting;
import org.kjt.approvals.cases.ServiceItem;
import org.kjt.approvals.cases.Steps;
import org.kjt.approvals.cases.ui.ApprovalTrail;
import org.kjt.approvals.cases.ui.ProcessDiagram;
import org.kjt.approvals.cases.ui.StepStrip;
import org.kjt.approvals.documents.MaterialContent;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;

/**
 * What staff read of a case, on its task and on its own page: clock, the steps reached,
 * the form, the materials (replaced ones marked), the approval trail and the notices.
 */
@org.springframework.stereotype.Component
class CaseSections {

	private final Catalogue catalogue;

	private final CaseQueries cases;

	private final CasePaths paths;

	private final CaseProcesses processes;

	private final Accounts accounts;

	private final LocalTimes times;

	private final NoticePrinting printing;

	CaseSections(Catalogue catalogue, CaseQueries cases, CasePaths paths, CaseProcesses processes, Accounts accounts,
			LocalTimes times, NoticePrinting printing) {
		this.catalogue = catalogue;
		this.cases = cases;
		this.paths = paths;
		this.processes = processes;
		this.accounts = accounts;
		this.times = times;
		this.printing = printing;
	}

	String title(CaseView view, Locale locale) {
		return view.referenceNo() + " · "
				+ this.catalogue.find(view.item()).map((item) -> item.name(locale)).orElse(view.itemName());
	}

	/** A user's name as colleagues know it. */
	String name(String username) {
		return this.accounts.find(username).map(AppUser::displayName).orElse(username);
	}

	ApprovalTrail trail(CaseView view) {
		ServiceItem item = this.catalogue.find(view.item()).orElse(null);
		Steps steps = (item != null) ? this.processes.rules(item.process()).map(CaseRules::steps).orElse(null) : null;
		return new ApprovalTrail(view, item, steps, this.times, this::name);
	}

	/**
	 * @param view the case
	 * @param taskRemaining working days left of the task at hand, shown while the case's
	 * own clock has none (intake, a step with its own limit)
	 * @param withPrevious whether to show the last step's opinion at the top (a task)
	 */
	List<Component> sections(CaseView view, @Nullable Integer taskRemaining, boolean withPrevious) {
		Locale locale = UI.getCurrent().getLocale();
		List<Component> sections = new ArrayList<>();
		sections.add(new Paragraph(text("task.applicant") + text("colon") + view.applicantName()));
		sections.add(clock(view.clock(), taskRemaining));
		CasePath path = this.paths.path(view.id());
		sections.add(new StepStrip(path));
		this.paths.diagram(path).ifPresent((diagram) -> {
			Details panel = new Details(text("trail.diagram"), new ProcessDiagram(diagram));
			panel.setId("diagram-panel");
			panel.setWidthFull();
			sections.add(panel);
		});
		ApprovalTrail trail = trail(view);
		if (withPrevious) {
			// What is being signed or carried on: the last completed step, in full.
			view.history()
				.stream()
				.filter((entry) -> CaseHistoryType.TASK_COMPLETED.name().equals(entry.type()))
				.reduce((first, second) -> second)
				.ifPresent((last) -> {
					Div box = new Div(new H3(text("trail.previous")), trail.summary(last));
					box.setId("previous-opinion");
					box.getStyle()
						.set("border-left", "4px solid var(--lumo-primary-color)")
						.set("padding", "0 var(--lumo-space-m)")
						.set("background", "var(--lumo-contrast-5pct)")
						.set("width", "100%")
						.set("box-sizing", "border-box");
					sections.add(box);
				});
		}
		ServiceItem item = this.catalogue.find(view.item()).orElse(null);
		VerticalLayout form = new VerticalLayout();
		form.setId("case-form");
		form.setPadding(false);
		form.setSpacing(false);
		if (item != null) {
			for (ServiceItem.FormField field : item.formFields()) {
				Object value = view.form().get(field.code());
				Span line = new Span(
						field.name(locale) + text("colon") + ((value != null && !value.toString().isBlank())
								? choice(field.code(), value.toString()) : "—"));
				line.getStyle().set("overflow-wrap", "anywhere");
				if ("breaches".equals(field.code()) && value != null && !value.toString().isBlank()) {
					// A justified rule breach is shown in red to every signer.
					line.setId("breaches");
					line.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
				}
				form.add(line);
			}
		}
		sections.add(new H3(text("task.form")));
		sections.add(form);
		sections.add(new H3(text("task.materials")));
		sections.add(materials(view, item, locale));
		sections.add(new H3(text("trail.title")));
		sections.add(trail);
		if (!view.notices().isEmpty()) {
			sections.add(new H3(text("task.notices")));
			for (int index = 0; index < view.notices().size(); index++) {
				CaseView.NoticeView notice = view.notices().get(index);
				long caseId = view.id();
				int position = index;
				Div body = new Div(notice.body());
				body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
				// A page of its own to print or save as PDF.
				sections.add(new Details(
						notice.number() + " " + notice.title() + " · " + this.times.format(notice.issuedAt()), body,
						HtmlPageLink.of("print-notice-" + index, text("notice.print"), "notice-" + index + ".html",
								() -> this.printing.page(caseId, position))));
			}
		}
		return sections;
	}

	private Component clock(CaseView.ClockView clock, @Nullable Integer taskRemaining) {
		Span state = new Span(text("task.clock") + text("colon") + text("clock.state." + clock.state()));
		Span deadline = new Span(text("task.deadline") + text("colon")
				+ ((clock.deadline() != null) ? clock.deadline()
						: (clock.intakeDeadline() != null)
								? clock.intakeDeadline() + " (" + text("task.intakeLimit") + ")" : "—")
				+ (clock.provisional() ? " " + text("clock.provisional") : ""));
		deadline.setId("task-deadline");
		Integer days = (clock.remainingWorkingDays() != null) ? clock.remainingWorkingDays() : taskRemaining;
		Span remaining = new Span(text("task.remaining") + text("colon") + ((days != null) ? days : "—"));
		remaining.setId("task-remaining");
		if (days != null) {
			// In words as well as colour.
			remaining.addClassName((days < 0) ? "deadline-overdue" : (days <= 3) ? "deadline-warn" : "deadline-ok");
			if (days < 0) {
				remaining.setText(remaining.getText() + " (" + text("deadline.overdue") + ")");
			}
			else if (days <= 3) {
				remaining.setText(remaining.getText() + " (" + text("deadline.near") + ")");
			}
		}
		HorizontalLayout box = new HorizontalLayout(state, deadline, remaining);
		box.setId("clock");
		box.getStyle().set("flex-wrap", "wrap");
		if (clock.extended()) {
			box.add(new Span(text("task.extended") + text("colon") + clock.extensionReason()));
		}
		if (clock.suspendedWorkingDays() > 0) {
			box.add(new Span(text("task.suspendedDays", clock.suspendedWorkingDays())));
		}
		return box;
	}

	private Component materials(CaseView view, @Nullable ServiceItem item, Locale locale) {
		VerticalLayout list = new VerticalLayout();
		list.setId("materials");
		list.setPadding(false);
		list.setSpacing(false);
		Set<Long> current = view.currentMaterialIds();
		for (CaseView.MaterialView material : view.materials()) {
			String name = (item != null) ? item.material(material.material())
				.map((requirement) -> requirement.name(locale))
				.orElse(material.material()) : material.material();
			long caseId = view.id();
			Anchor download = new Anchor(DownloadHandler.fromInputStream((event) -> {
				MaterialContent content = this.cases.materialContent(caseId, material.id());
				return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.meta().fileName(),
						content.meta().contentType(), content.bytes().length);
			}), material.fileName());
			Span about = new Span(material.type() + " · " + kilobytes(material.size()) + " · "
					+ this.times.format(material.uploadedAt()));
			about.getStyle().set("color", "var(--lumo-secondary-text-color)");
			HorizontalLayout row = new HorizontalLayout(new Span(name + text("colon")), download, about);
			if (!current.contains(material.id())) {
				Span replaced = new Span(text("trail.replaced"));
				replaced.getElement().getThemeList().add("badge contrast");
				row.add(replaced);
				row.getStyle().set("text-decoration", "line-through");
			}
			// Read without saving: a PDF in the browser's own viewer (a tab of its own,
			// as
			// this site is never framed), an image right here.
			if ("PDF".equals(material.type())) {
				Button show = new Button(text("trail.preview"), (click) -> {
					IFrame frame = new IFrame(inline(caseId, material.id()));
					frame.setId("preview-frame");
					frame.setWidth("min(60rem, 90vw)");
					frame.setHeight("75vh");
					frame.getStyle().set("border", "none");
					Dialog dialog = new Dialog(frame);
					dialog.setHeaderTitle(name + " · " + material.fileName());
					Button close = new Button(text("staff.close"), (closed) -> dialog.close());
					Anchor open = new Anchor(inline(caseId, material.id()), text("trail.openPdf"));
					open.setTarget("_blank");
					dialog.getFooter().add(open, close);
					dialog.open();
				});
				show.setId("preview-" + material.id());
				show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
				row.add(show);
			}
			else if ("JPEG".equals(material.type()) || "PNG".equals(material.type())) {
				Button show = new Button(text("trail.preview"));
				show.setId("preview-" + material.id());
				show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
				Image image = new Image(inline(caseId, material.id()), material.fileName());
				image.setMaxWidth("100%");
				image.setVisible(false);
				show.addClickListener((click) -> image.setVisible(!image.isVisible()));
				row.add(show);
				list.add(row, image);
				continue;
			}
			row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
			row.getStyle().set("flex-wrap", "wrap");
			list.add(row);
		}
		return list;
	}

	/** A material served to be shown by the browser rather than saved. */
	private DownloadHandler inline(long caseId, long materialId) {
		return DownloadHandler.fromInputStream((event) -> {
			MaterialContent content = this.cases.materialContent(caseId, materialId);
			return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.meta().fileName(),
					content.meta().contentType(), content.bytes().length);
		}).inline();
	}

	/** A chosen value in words where the form offers it as a choice. */
	private static String choice(String field, String value) {
		return Words.orElse(UI.getCurrent(), "choice." + field + "." + value, value);
	}

	private static String kilobytes(long size) {
		return (size < 1024) ? size + " B" : ((size + 512) / 1024) + " KB";
	}

	private static String text(String key, Object... arguments) {
		return UI.getCurrent().getTranslation(key, arguments);
	}

}
