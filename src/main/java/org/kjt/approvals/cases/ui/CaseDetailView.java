package org.kjt.approvals.cases.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.ui.HtmlPageLink;
import org.kjt.approvals.base.ui.LocalTimes;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.base.ui.Uploads;
import org.kjt.approvals.base.ui.Words;
import org.kjt.approvals.cases.CaseProcesses;
import org.kjt.approvals.cases.CaseProgress;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.NoticePrinting;
import org.kjt.approvals.cases.ServiceItem;

/**
 * One of the applicant's cases: status, current step, deadline, full history, every
 * notice in full (decisions included), the correction notice to answer, and withdrawal.
 */
@Route("portal/case/:id")
@RolesAllowed("APPLICANT")
// Other modules' panels (ApplicantCasePanel: the rating form) draw these; the production
// bundle only holds what the route's own classes name.
@Uses(RadioButtonGroup.class)
@Uses(TextArea.class)
class CaseDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final Cases cases;

	private final CaseQueries queries;

	private final CaseProcesses processes;

	private final List<ApplicantStepPanel> panels;

	private final NoticePrinting printing;

	private final Catalogue catalogue;

	private final LocalTimes times;

	private final CaseProgress progress;

	private final List<ApplicantCasePanel> casePanels;

	private CaseView view;

	CaseDetailView(Cases cases, CaseQueries queries, CaseProcesses processes, List<ApplicantStepPanel> panels,
			NoticePrinting printing, Catalogue catalogue, LocalTimes times, CaseProgress progress,
			List<ApplicantCasePanel> casePanels) {
		this.progress = progress;
		this.casePanels = casePanels;
		this.times = times;
		this.catalogue = catalogue;
		this.cases = cases;
		this.queries = queries;
		this.processes = processes;
		this.panels = panels;
		this.printing = printing;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			long id = Long.parseLong(event.getRouteParameters().get("id").orElse("0"));
			this.view = this.queries.get(id);
		}
		catch (NumberFormatException ex) {
			add(new H2(getTranslation("case.error.notFound", event.getRouteParameters().get("id").orElse(""))));
			return;
		}
		catch (DomainException ex) {
			add(new H2(getTranslation(ex.messageKey(), ex.arguments())));
			return;
		}
		render();
	}

	private void render() {
		removeAll();
		add(new H2(this.view.referenceNo() + " · "
				+ this.catalogue.find(this.view.item())
					.map((item) -> item.name(getLocale()))
					.orElse(this.view.itemName())));
		Span status = new Span(Words.status(this, this.view.item(), this.view.status()));
		status.setId("case-status");
		status.getElement().getThemeList().add("badge");
		Span step = new Span(getTranslation("portal.step") + getTranslation("colon")
				+ ((this.view.step() != null) ? getTranslation("step." + this.view.step()) : "—"));
		step.setId("case-step");
		CaseView.ClockView clock = this.view.clock();
		Span deadline = new Span(getTranslation("portal.deadline") + getTranslation("colon")
				+ ((clock.deadline() != null)
						? clock.deadline() + " (" + getTranslation("clock.state." + clock.state()) + ")"
						: (clock.intakeDeadline() != null)
								? clock.intakeDeadline() + " (" + getTranslation("task.intakeLimit") + ")" : "—")
				+ (clock.provisional() ? " " + getTranslation("clock.provisional") : ""));
		deadline.setId("case-deadline");
		add(new HorizontalLayout(status, step, deadline));
		if (clock.extended()) {
			add(new Paragraph(getTranslation("portal.extended", clock.extensionReason())));
		}
		String current = this.view.step();
		String process = this.catalogue.find(this.view.item()).map(ServiceItem::process).orElse("");
		String page = (current != null)
				? this.processes.rules(process).map((own) -> own.applicantPage(current, this.view.id())).orElse(null)
				: null;
		ApplicantStepPanel panel = (current != null) ? this.panels.stream()
			.filter((candidate) -> candidate.handles(process, current))
			.findFirst()
			.orElse(null) : null;
		if (page != null) {
			// A step of the process's own (publicity, report, card…) is acted on its
			// page.
			Anchor act = new Anchor(page,
					getTranslation("portal.actOnStep", getTranslation("step." + this.view.step())));
			act.setId("act-on-step");
			add(act);
		}
		else if (this.view.status() == CaseStatus.CORRECTION_REQUESTED) {
			add(correction());
		}
		else if (panel != null) {
			// A step of the process's own answered right here (e.g. the hearing request).
			add(panel.panel(this.view, (changed) -> {
				this.view = changed;
				render();
			}));
		}
		if (this.view.submittedAt() != null) {
			// What was handed in and the code to follow the case without logging in.
			Span code = new Span(getTranslation("receipt.queryCode") + getTranslation("colon")
					+ ((this.view.queryCode() != null) ? this.view.queryCode() : "—"));
			code.setId("query-code");
			Anchor receipt = HtmlPageLink.of("print-receipt", getTranslation("receipt.print"), "receipt.html",
					() -> this.printing.receipt(this.view.id()));
			HorizontalLayout follow = new HorizontalLayout(code, receipt);
			follow.getStyle().set("flex-wrap", "wrap");
			add(follow, new ProgressTimeline(this.progress.own(this.view.id())));
		}
		// Other modules' panels about the whole case (the rating of a closed one).
		this.casePanels.forEach((casePanel) -> casePanel.panel(this.view).ifPresent(this::add));
		if (!this.view.notices().isEmpty()) {
			add(new H3(getTranslation("task.notices")));
		}
		for (int index = 0; index < this.view.notices().size(); index++) {
			CaseView.NoticeView notice = this.view.notices().get(index);
			// The text wraps to the page, on a phone too.
			Div body = new Div(notice.body());
			body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
			long caseId = this.view.id();
			int position = index;
			HorizontalLayout links = new HorizontalLayout(printLink(caseId, index),
					HtmlPageLink.pdf("pdf-notice-" + index, getTranslation("notice.pdf"), "notice-" + index + ".pdf",
							() -> this.printing.pdf(caseId, position)));
			Details details = new Details(
					notice.number() + " " + notice.title() + " · " + this.times.format(notice.issuedAt()), body, links);
			details.setId("notice-" + notice.type());
			// Decisions open; a correction notice only while it waits for an answer.
			details.setOpened("GRANT".equals(notice.type()) || "REFUSAL".equals(notice.type())
					|| "TRAINING_OPINION".equals(notice.type()) || "NON_ACCEPTANCE".equals(notice.type())
					|| ("CORRECTION".equals(notice.type()) && this.view.status() == CaseStatus.CORRECTION_REQUESTED));
			add(details);
		}
		if (this.view.status() == CaseStatus.DRAFT) {
			add(draftActions());
		}
		add(submitted());
		add(new H3(getTranslation("task.history")));
		VerticalLayout history = new VerticalLayout();
		history.setId("case-history");
		history.setPadding(false);
		history.setSpacing(false);
		for (CaseView.HistoryEntry entry : this.view.history()) {
			history.add(new Span(this.times.format(entry.at()) + " · " + getTranslation("history." + entry.type())
					+ ((entry.step() != null) ? " · " + getTranslation("step." + entry.step()) : "")
					+ ((entry.detail() != null && !"TASK_COMPLETED".equals(entry.type()))
							? " · " + entry.detailIn(getLocale(), (key, args) -> getTranslation(key, args)) : "")));
		}
		add(history);
		if (!this.view.status().isDecided() && this.view.status() != CaseStatus.DRAFT) {
			TextField reason = new TextField(getTranslation("portal.withdrawReason"));
			// Withdrawing ends the application: asked once more before it is done.
			Button withdraw = new Button(getTranslation("portal.withdraw"), (click) -> {
				Dialog confirm = new Dialog(getTranslation("portal.withdrawConfirm.title"));
				confirm.setId("withdraw-dialog");
				confirm.add(new Paragraph(getTranslation("portal.withdrawConfirm", this.view.referenceNo())));
				Button yes = new Button(getTranslation("portal.withdraw"), (sure) -> {
					confirm.close();
					act("portal.withdrawn", () -> {
						this.view = this.queries.get(this.cases.withdraw(this.view.id(), reason.getValue()).id());
						render();
					});
				});
				yes.setId("withdraw-confirm");
				yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
				Button no = new Button(getTranslation("portal.withdrawConfirm.cancel"), (cancel) -> confirm.close());
				confirm.getFooter().add(no, yes);
				confirm.open();
			});
			withdraw.setId("withdraw");
			withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
			HorizontalLayout row = new HorizontalLayout(reason, withdraw);
			row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
			add(row);
		}
	}

	/**
	 * What was handed in: the form as submitted and the materials, a replaced upload
	 * marked as such (the newest of each item is the one that counts).
	 */
	private VerticalLayout submitted() {
		VerticalLayout box = new VerticalLayout();
		box.setId("submitted");
		box.setPadding(false);
		box.setSpacing(false);
		ServiceItem item = this.catalogue.find(this.view.item()).orElse(null);
		if (item == null) {
			return box;
		}
		box.add(new H3(getTranslation("task.form")));
		for (ServiceItem.FormField field : item.formFields()) {
			Object value = this.view.form().get(field.code());
			if (value == null || value.toString().isBlank()) {
				continue;
			}
			Span line = new Span(field.name(getLocale()) + getTranslation("colon")
					+ Words.orElse(this, "choice." + field.code() + "." + value, value.toString()));
			line.getStyle().set("overflow-wrap", "anywhere");
			box.add(line);
		}
		box.add(new H3(getTranslation("task.materials")));
		java.util.Set<Long> current = this.view.currentMaterialIds();
		for (CaseView.MaterialView material : this.view.materials()) {
			String name = item.material(material.material())
				.map((requirement) -> requirement.name(getLocale()))
				.orElse(material.material());
			Span line = new Span(name + getTranslation("colon") + material.fileName() + " · "
					+ this.times.format(material.uploadedAt())
					+ (current.contains(material.id()) ? "" : " · " + getTranslation("trail.replaced")));
			if (!current.contains(material.id())) {
				line.getStyle().set("text-decoration", "line-through");
				line.addClassName("replaced");
			}
			box.add(line);
		}
		return box;
	}

	/**
	 * A draft is continued (form, uploads, submission) on the application page, or
	 * deleted.
	 */
	private HorizontalLayout draftActions() {
		Anchor resume = new Anchor(
				"portal/apply/" + this.view.department() + "/" + this.view.item() + "?case=" + this.view.id(),
				getTranslation("portal.continueDraft"));
		resume.setId("continue-draft");
		Button delete = new Button(getTranslation("portal.deleteDraft"), (click) -> {
			Dialog confirm = new Dialog(getTranslation("portal.deleteDraft"));
			confirm.setId("delete-draft-dialog");
			confirm.add(new Paragraph(getTranslation("portal.deleteDraftConfirm", this.view.referenceNo())));
			Button yes = new Button(getTranslation("portal.deleteDraft"), (sure) -> {
				confirm.close();
				long id = this.view.id();
				if (Refusals.attempt(() -> this.cases.deleteDraft(id))) {
					Notification.show(getTranslation("portal.draftDeleted"), 3000, Notification.Position.TOP_CENTER);
					getUI().ifPresent((ui) -> ui.navigate("portal"));
				}
			});
			yes.setId("delete-draft-confirm");
			yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
			Button no = new Button(getTranslation("portal.withdrawConfirm.cancel"), (cancel) -> confirm.close());
			confirm.getFooter().add(no, yes);
			confirm.open();
		});
		delete.setId("delete-draft");
		delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		HorizontalLayout actions = new HorizontalLayout(resume, delete);
		actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		return actions;
	}

	/** Only what the correction notice lists can be uploaded again. */
	private VerticalLayout correction() {
		VerticalLayout box = new VerticalLayout(new H3(getTranslation("portal.correction")));
		box.setId("correction");
		Map<String, String> listed = this.queries.pendingCorrection(this.view.id());
		UI ui = UI.getCurrent();
		long id = this.view.id();
		listed.forEach((material, problem) -> {
			Span status = new Span(problem);
			// Uploaded is not yet handed in: the toast says what is left to do.
			Upload upload = new Upload(
					UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> act("portal.correctionUploaded", () -> {
						this.cases.upload(id, material, metadata.fileName(), bytes);
						status.setText("✔ " + metadata.fileName());
					}))));
			upload.setId("correct-" + material);
			Uploads.localized(upload);
			upload.setMaxFiles(1);
			String name = this.catalogue.find(this.view.item())
				.flatMap((item) -> item.material(material))
				.map((requirement) -> requirement.name(getLocale()))
				.orElse(material);
			box.add(new HorizontalLayout(new Span(name + getTranslation("colon")), status, upload));
		});
		Button resubmit = new Button(getTranslation("portal.resubmit"), (click) -> act("portal.resubmitted", () -> {
			this.view = this.queries.get(this.cases.resubmit(id, null).id());
			render();
		}));
		resubmit.setId("resubmit");
		resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		box.add(resubmit);
		return box;
	}

	/**
	 * The notice as a page of its own (the browser prints it or saves it as PDF), served
	 * in the log-in session.
	 */
	private Anchor printLink(long caseId, int index) {
		return HtmlPageLink.of("print-notice-" + index, getTranslation("notice.print"), "notice-" + index + ".html",
				() -> this.printing.page(caseId, index));
	}

	/**
	 * Does it, and says what was done in words of its own (not a general "submitted").
	 */
	private void act(String doneKey, Runnable action) {
		if (Refusals.attempt(action)) {
			Notification.show(getTranslation(doneKey), 3000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
	}

	@Override
	public String getPageTitle() {
		return (this.view != null) ? this.view.referenceNo() : getTranslation("portal.title");
	}

}
