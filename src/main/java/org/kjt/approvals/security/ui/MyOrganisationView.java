package org.kjt.approvals.security.ui;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.kjt.approvals.base.ApprovalsProperties;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.base.ui.Uploads;
import org.kjt.approvals.documents.MaterialContent;
import org.kjt.approvals.security.NewMember;
import org.kjt.approvals.security.OrganisationStatus;
import org.kjt.approvals.security.OrganisationView;
import org.kjt.approvals.security.Organisations;

/**
 * The applicant's organisation: whether it is verified (and why not), its business
 * licence, and for its administrator its users and a form to add one.
 */
@Route("organisation")
@Menu(title = "organisation.menu", order = 3)
@RolesAllowed("APPLICANT")
class MyOrganisationView extends VerticalLayout implements HasDynamicTitle {

	private final Organisations organisations;

	private final DateTimeFormatter time;

	MyOrganisationView(Organisations organisations, ApprovalsProperties properties) {
		this.organisations = organisations;
		this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(properties.zone());
		setMaxWidth("60rem");
		refresh();
	}

	private void refresh() {
		removeAll();
		OrganisationView organisation = this.organisations.mine();
		boolean admin = organisation.users().stream().anyMatch(OrganisationView.Member::admin);
		add(new H2(organisation.name()));
		Span status = new Span(getTranslation("organisation.status." + organisation.status()));
		status.setId("organisation-status");
		status.getElement().getThemeList().add("badge " + switch (organisation.status()) {
			case VERIFIED -> "success";
			case REFUSED -> "error";
			case PENDING -> "contrast";
		});
		Div facts = new Div(
				new Paragraph(getTranslation("organisation.creditCode") + getTranslation("colon")
						+ organisation.creditCode()),
				new Paragraph(getTranslation("organisation.department") + getTranslation("colon")
						+ getTranslation("register.department." + organisation.department())),
				new Paragraph(getTranslation("organisation.registeredAt") + getTranslation("colon")
						+ format(organisation.registeredAt())));
		add(status, facts);
		add(new Paragraph(getTranslation("organisation.explain." + organisation.status())));
		if (organisation.status() == OrganisationStatus.REFUSED && organisation.reason() != null) {
			Paragraph reason = new Paragraph(
					getTranslation("organisation.refusedBecause") + " " + organisation.reason());
			reason.setId("organisation-refusal");
			add(reason);
		}
		add(new H3(getTranslation("organisation.licence")));
		if (organisation.licence().isEmpty()) {
			add(new Paragraph(getTranslation("organisation.noLicence")));
		}
		for (OrganisationView.Document document : organisation.licence()) {
			long id = organisation.id();
			Anchor link = new Anchor(DownloadHandler.fromInputStream((event) -> {
				MaterialContent content = this.organisations.licence(id, document.id());
				return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.meta().fileName(),
						content.meta().contentType(), content.bytes().length);
			}), document.fileName());
			add(new Div(link, new Span(" · " + format(document.uploadedAt()))));
		}
		if (admin && organisation.status() != OrganisationStatus.VERIFIED) {
			UI ui = UI.getCurrent();
			Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
				if (Refusals.attempt(() -> this.organisations.uploadLicence(metadata.fileName(), bytes))) {
					Notification.show(getTranslation("organisation.licenceHandedIn"))
						.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
					refresh();
				}
			})));
			upload.setId("organisation-licence-upload");
			Uploads.localized(upload);
			upload.setMaxFiles(1);
			upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", ".ofd");
			add(upload);
		}
		if (admin) {
			add(new H3(getTranslation("organisation.users")));
			Grid<OrganisationView.Member> users = new Grid<>(OrganisationView.Member.class, false);
			users.addColumn(OrganisationView.Member::username).setHeader(getTranslation("register.username"));
			users.addColumn(OrganisationView.Member::displayName).setHeader(getTranslation("register.contact"));
			users.addColumn((member) -> member.admin() ? getTranslation("organisation.admin")
					: getTranslation("organisation.member"))
				.setHeader(getTranslation("organisation.role"));
			TextField why = new TextField(getTranslation("organisation.change.reason"));
			why.setId("member-change-reason");
			why.setMaxLength(1000);
			users.addComponentColumn((member) -> {
				Button remove = new Button(getTranslation("organisation.change.remove"), (click) -> {
					if (Refusals.attempt(() -> this.organisations.removeOwnMember(member.username(), why.getValue()))) {
						Notification.show(getTranslation("organisation.change.removed", member.username()))
							.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
						getUI().ifPresent((ui) -> ui.getPage().reload());
					}
				});
				remove.setId("remove-member-" + member.username());
				remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
				remove.setVisible(!member.admin());
				return remove;
			});
			users.setItems(organisation.users());
			users.setAllRowsVisible(true);
			users.setId("organisation-users");
			add(users, why);
			if (organisation.status() == OrganisationStatus.VERIFIED) {
				add(newMemberForm());
			}
		}
	}

	private VerticalLayout newMemberForm() {
		TextField username = new TextField(getTranslation("register.username"));
		username.setId("member-username");
		PasswordField password = new PasswordField(getTranslation("register.password"));
		password.setId("member-password");
		TextField name = new TextField(getTranslation("register.contact"));
		name.setId("member-name");
		TextField phone = new TextField(getTranslation("register.phone"));
		phone.setId("member-phone");
		EmailField email = new EmailField(getTranslation("register.email"));
		email.setId("member-email");
		for (TextField field : new TextField[] { username, name, phone }) {
			field.setRequiredIndicatorVisible(true);
		}
		password.setRequiredIndicatorVisible(true);
		email.setRequiredIndicatorVisible(true);
		Button add = new Button(getTranslation("organisation.addUser"), (click) -> {
			if (Refusals.attempt(() -> this.organisations.addMember(new NewMember(username.getValue(),
					password.getValue(), name.getValue(), phone.getValue(), email.getValue())))) {
				Notification.show(getTranslation("organisation.userAdded", username.getValue()))
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				refresh();
			}
		});
		add.setId("member-add");
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		VerticalLayout form = new VerticalLayout(new H3(getTranslation("organisation.newUser")),
				new FormLayout(username, password, name, phone, email), add);
		form.setPadding(false);
		return form;
	}

	private String format(Instant instant) {
		return this.time.format(instant);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("organisation.menu");
	}

}
