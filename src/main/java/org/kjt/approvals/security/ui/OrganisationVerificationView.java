package org.kjt.approvals.security.ui;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.kjt.approvals.base.ApprovalsProperties;
import org.kjt.approvals.base.Paging;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.documents.MaterialContent;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.OrganisationStatus;
import org.kjt.approvals.security.OrganisationView;
import org.kjt.approvals.security.Organisations;

/**
 * The approval office's queue of organisations to verify: each one's business licence
 * against its name and credit code, then verified or refused with reasons.
 */
@Route("organisations/verification")
@Menu(title = "organisation.verify.menu", order = 12)
@RolesAllowed("STAFF")
class OrganisationVerificationView extends VerticalLayout implements HasDynamicTitle {

	private final Organisations organisations;

	private final DateTimeFormatter time;

	private final Grid<OrganisationView> queue = new Grid<>(OrganisationView.class, false);

	private final VerticalLayout detail = new VerticalLayout();

	private final Select<OrganisationStatus> status = new Select<>();

	OrganisationVerificationView(Organisations organisations, CurrentUser currentUser, ApprovalsProperties properties) {
		this.organisations = organisations;
		this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(properties.zone());
		add(new H2(getTranslation("organisation.verify.title")));
		if (!organisations.isVerifier(currentUser.require())) {
			add(new Paragraph(getTranslation("organisation.error.verifiersOnly")));
			return;
		}
		this.queue.addColumn(OrganisationView::name).setHeader(getTranslation("register.organisation")).setFlexGrow(2);
		this.queue.addColumn(OrganisationView::creditCode).setHeader(getTranslation("organisation.creditCode"));
		this.queue.addColumn((organisation) -> this.time.format(organisation.registeredAt()))
			.setHeader(getTranslation("organisation.registeredAt"));
		this.queue.setId("verification-queue");
		this.queue.setAllRowsVisible(true);
		this.queue.setEmptyStateText(getTranslation("organisation.verify.empty"));
		this.queue.addSelectionListener((selection) -> selection.getFirstSelectedItem()
			.ifPresentOrElse((organisation) -> show(organisation.id()), this.detail::removeAll));
		this.detail.setPadding(false);
		this.detail.setId("verification-detail");
		// Verified organisations too: their users may need to be removed or their
		// administration handed over.
		this.status.setId("verification-status");
		this.status.setLabel(getTranslation("organisation.verify.show"));
		this.status.setItems(OrganisationStatus.values());
		this.status.setItemLabelGenerator((value) -> getTranslation("organisation.status." + value));
		this.status.setValue(OrganisationStatus.PENDING);
		this.status.addValueChangeListener((change) -> refresh());
		add(this.status, this.queue, this.detail);
		refresh();
	}

	private void refresh() {
		this.queue
			.setItems(this.organisations.queue(this.status.getValue(), Paging.of(0, Paging.MAX_SIZE)).getContent());
		this.detail.removeAll();
	}

	private void show(long id) {
		this.detail.removeAll();
		OrganisationView organisation = this.organisations.get(id);
		this.detail.add(new H3(organisation.name()), new Paragraph(
				getTranslation("organisation.creditCode") + getTranslation("colon") + organisation.creditCode()));
		this.detail.add(members(organisation));
		this.detail.add(new Span(getTranslation("organisation.licence") + getTranslation("colon")));
		if (organisation.licence().isEmpty()) {
			this.detail.add(new Paragraph(getTranslation("organisation.noLicence")));
		}
		for (OrganisationView.Document document : organisation.licence()) {
			Anchor link = new Anchor(DownloadHandler.fromInputStream((event) -> {
				MaterialContent content = this.organisations.licence(id, document.id());
				return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.meta().fileName(),
						content.meta().contentType(), content.bytes().length);
			}), document.fileName());
			link.setId("licence-" + document.id());
			this.detail.add(new Div(link, new Span(" · " + this.time.format(document.uploadedAt()))));
		}
		TextArea reason = new TextArea(getTranslation("organisation.verify.reason"));
		reason.setId("verification-reason");
		reason.setWidthFull();
		reason.setMaxLength(1000);
		Button verify = new Button(getTranslation("organisation.verify.approve"), (click) -> {
			if (Refusals.attempt(() -> this.organisations.verify(id))) {
				Notification.show(getTranslation("organisation.verify.done", organisation.name()))
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				refresh();
			}
		});
		verify.setId("verification-approve");
		verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
		Button refuse = new Button(getTranslation("organisation.verify.refuse"), (click) -> {
			if (Refusals.attempt(() -> this.organisations.refuse(id, reason.getValue()))) {
				Notification.show(getTranslation("organisation.verify.refused", organisation.name()))
					.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
				refresh();
			}
		});
		refuse.setId("verification-refuse");
		refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
		if (organisation.status() == OrganisationStatus.PENDING) {
			this.detail.add(new Paragraph(getTranslation("organisation.verify.check")), reason,
					new HorizontalLayout(verify, refuse));
		}
	}

	/**
	 * The organisation's users, each removable, and any of them made its administrator,
	 * with a reason on record; what was changed before, below.
	 */
	private VerticalLayout members(OrganisationView organisation) {
		VerticalLayout box = new VerticalLayout(new Span(getTranslation("organisation.users")));
		box.setId("organisation-members");
		box.setPadding(false);
		box.setSpacing(false);
		TextField why = new TextField(getTranslation("organisation.change.reason"));
		why.setId("member-change-reason");
		why.setMaxLength(1000);
		why.setWidthFull();
		for (OrganisationView.Member member : organisation.users()) {
			Span who = new Span(member.displayName() + " (" + member.username() + ")"
					+ (member.admin() ? " · " + getTranslation("organisation.admin") : ""));
			Button admin = new Button(getTranslation("organisation.change.admin"), (click) -> {
				if (Refusals
					.attempt(() -> this.organisations.handOver(organisation.id(), member.username(), why.getValue()))) {
					Notification.show(getTranslation("organisation.change.adminDone", member.username()))
						.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
					show(organisation.id());
				}
			});
			admin.setId("make-admin-" + member.username());
			admin.setEnabled(!member.admin());
			admin.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			Button remove = new Button(getTranslation("organisation.change.remove"), (click) -> {
				if (Refusals.attempt(
						() -> this.organisations.removeMember(organisation.id(), member.username(), why.getValue()))) {
					Notification.show(getTranslation("organisation.change.removed", member.username()))
						.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
					show(organisation.id());
				}
			});
			remove.setId("remove-member-" + member.username());
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
			HorizontalLayout row = new HorizontalLayout(who, admin, remove);
			row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
			row.getStyle().set("flex-wrap", "wrap");
			box.add(row);
		}
		box.add(why);
		for (OrganisationView.Change change : organisation.changes()) {
			box.add(new Span(this.time.format(change.at()) + " · " + change.by() + " · "
					+ getTranslation("organisation.change." + change.kind(), change.username()) + " · "
					+ change.reason()));
		}
		return box;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("organisation.verify.title");
	}

}
