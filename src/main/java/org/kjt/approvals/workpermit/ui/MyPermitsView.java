package org.kjt.approvals.workpermit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.ui.HtmlPageLink;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseSummary;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.workpermit.PermitView;
import org.kjt.approvals.workpermit.WorkPermits;

import org.springframework.data.domain.PageRequest;

/**
 * 我的外国人工作许可: Notices waiting for the card application after entry, the cards with their
 * status, and from each card its extension, change or cancellation.
 */
@Route("portal/work-permits")
@Menu(title = "permits.title", order = 7)
@RolesAllowed("APPLICANT")
class MyPermitsView extends VerticalLayout implements HasDynamicTitle {

	private final WorkPermits permits;

	private final CaseQueries cases;

	private final OrgStructure orgStructure;

	MyPermitsView(WorkPermits permits, CaseQueries cases, OrgStructure orgStructure) {
		this.orgStructure = orgStructure;
		this.permits = permits;
		this.cases = cases;
		render();
	}

	private void render() {
		removeAll();
		add(new H2(getTranslation("permits.title")));
		if (permits.localNumbers()) {
			Paragraph local = new Paragraph(getTranslation("permits.localNumber"));
			local.setId("permits-local-number");
			add(local);
		}
		boolean english = "en".equals(getLocale().getLanguage());
		this.orgStructure.departments()
			.forEach((department) -> add(new Anchor("portal/apply/" + department.code() + "/work-permit",
					getTranslation("permits.apply") + " · " + (english ? department.nameEn() : department.nameZh()))));
		add(new H3(getTranslation("permits.pending")));
		VerticalLayout pending = new VerticalLayout();
		pending.setId("pending-cards");
		pending.setPadding(false);
		this.cases.mine("work-permit", "cardApplication", PageRequest.of(0, 100))
			.forEach((summary) -> pending.add(pending(summary)));
		if (pending.getComponentCount() == 0) {
			pending.add(new Paragraph(getTranslation("permits.none")));
		}
		add(pending, new H3(getTranslation("permits.cards")), cards());
	}

	private HorizontalLayout pending(CaseSummary summary) {
		DatePicker entry = new DatePicker(getTranslation("permits.entryDate"));
		entry.setId("entry-" + summary.id());
		entry.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
		Button apply = new Button(getTranslation("permits.applyCard"), (click) -> Refusals.attempt(() -> {
			this.permits.applyForCard(summary.id(), (entry.getValue() != null) ? entry.getValue().toString() : null);
			Notification.show(getTranslation("permits.cardApplied"), 3000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			render();
		}));
		apply.setId("apply-card-" + summary.id());
		apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout row = new HorizontalLayout(new Anchor("portal/case/" + summary.id(), summary.referenceNo()),
				entry, apply);
		row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		return row;
	}

	private VerticalLayout cards() {
		Grid<PermitView> grid = new Grid<>(PermitView.class, false);
		grid.setId("cards");
		grid.addColumn(PermitView::permitNumber).setHeader(getTranslation("permits.number")).setAutoWidth(true);
		grid.addColumn((card) -> getTranslation("permits.status." + card.status()))
			.setHeader(getTranslation("permits.status"));
		grid.addColumn(PermitView::category).setHeader(getTranslation("permits.category"));
		grid.addColumn(PermitView::holderName).setHeader(getTranslation("permits.holder")).setAutoWidth(true);
		grid.addColumn(PermitView::post).setHeader(getTranslation("permits.post"));
		grid.addColumn(PermitView::validUntil).setHeader(getTranslation("permits.validUntil"));
		// The card as a document, with the QR code that verifies it.
		grid.addComponentColumn(
				(card) -> HtmlPageLink.pdf("permit-pdf-" + card.permitNumber(), getTranslation("permits.pdf.download"),
						"work-permit-" + card.permitNumber() + ".pdf", () -> this.permits.pdf(card.permitNumber())))
			.setHeader(getTranslation("permits.pdf.title"))
			.setAutoWidth(true);
		grid.setItems((query) -> this.permits.mine(PageRequest.of(query.getPage(), query.getPageSize())).stream());
		grid.setAllRowsVisible(true);

		// Cancellation of the selected card.
		DatePicker ended = new DatePicker(getTranslation("permits.contractEnded"));
		ended.setId("contract-ended");
		ended.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
		TextField reason = new TextField(getTranslation("permits.reason"));
		reason.setId("cancel-reason");
		Button cancel = new Button(getTranslation("permits.cancel"), (click) -> Refusals.attempt(() -> {
			PermitView card = grid.asSingleSelect().getValue();
			if (card == null) {
				// Said, not silently ignored.
				throw DomainException.invalid("permit", "permits.error.chooseCard");
			}
			this.permits.cancel(card.permitNumber(), (ended.getValue() != null) ? ended.getValue().toString() : null,
					reason.getValue());
			Notification
				.show(getTranslation("permits.cancelled", card.permitNumber()), 3000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			render();
		}));
		cancel.setId("cancel-permit");
		cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
		// The actions are there from the start; choosing a card says which one they act
		// on.
		Span amend = new Span(getTranslation("permits.chooseCard"));
		amend.setId("card-actions-hint");
		grid.asSingleSelect().addValueChangeListener((event) -> {
			amend.removeAll();
			if (event.getValue() == null) {
				amend.setText(getTranslation("permits.chooseCard"));
			}
			else {
				String department = event.getValue().department();
				amend.add(
						new Anchor("portal/apply/" + department + "/work-permit-extension",
								getTranslation("permits.extend")),
						new Span(" · "), new Anchor("portal/apply/" + department + "/work-permit-change",
								getTranslation("permits.change")));
			}
		});
		HorizontalLayout actions = new HorizontalLayout(amend, ended, reason, cancel);
		actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		VerticalLayout box = new VerticalLayout(grid, actions);
		box.setPadding(false);
		return box;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("permits.title");
	}

}
