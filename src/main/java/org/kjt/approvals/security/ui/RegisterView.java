package org.kjt.approvals.security.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.ui.Uploads;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.Registration;

/** Self-registration of an applicant organisation; the same checks as the REST API. */
@Route("register")
@AnonymousAllowed
class RegisterView extends VerticalLayout implements HasDynamicTitle {

	private final TextField username = new TextField();

	private final PasswordField password = new PasswordField();

	private final PasswordField passwordAgain = new PasswordField();

	private final TextField organisation = new TextField();

	private final TextField creditCode = new TextField();

	private final TextField contact = new TextField();

	private final TextField phone = new TextField();

	private final EmailField email = new EmailField();

	// Radio buttons, not a select: two choices, and a required select fails axe
	// (aria-required).
	private final RadioButtonGroup<String> department = new RadioButtonGroup<>();

	private final Span licenceStatus = new Span();

	private @Nullable String licenceName;

	private byte @Nullable [] licence;

	RegisterView(Accounts accounts) {
		this.username.setLabel(getTranslation("register.username"));
		this.password.setLabel(getTranslation("register.password"));
		this.organisation.setLabel(getTranslation("register.organisation"));
		this.creditCode.setLabel(getTranslation("register.creditCode"));
		this.creditCode.setMaxLength(18);
		this.contact.setLabel(getTranslation("register.contact"));
		this.phone.setLabel(getTranslation("register.phone"));
		this.email.setLabel(getTranslation("register.email"));
		this.username.setId("register-username");
		// What must be filled in is marked, and the password rule is said up front.
		for (com.vaadin.flow.component.HasValue<?, ?> required : List.of(this.username, this.password,
				this.passwordAgain, this.organisation, this.creditCode, this.department, this.contact, this.phone)) {
			required.setRequiredIndicatorVisible(true);
		}
		this.password.setHelperText(getTranslation("password.rule", accounts.minPasswordLength()));
		this.password.setId("register-password");
		this.passwordAgain.setLabel(getTranslation("register.passwordAgain"));
		this.passwordAgain.setId("register-password-again");
		this.creditCode.setId("register-credit-code");
		// The approval office of this department checks the business licence.
		this.department.setLabel(getTranslation("register.department"));
		this.department.setItems("jilin", "liaoning");
		this.department.setItemLabelGenerator((code) -> getTranslation("register.department." + code));
		this.department.setId("register-department");
		this.creditCode.addValueChangeListener((change) -> {
			String code = change.getValue().strip();
			if (this.department.isEmpty() && code.length() >= 4) {
				// Characters 3 and 4 of the code name the province.
				switch (code.substring(2, 4)) {
					case "22" -> this.department.setValue("jilin");
					case "21" -> this.department.setValue("liaoning");
					default -> {
					}
				}
			}
		});
		UI ui = UI.getCurrent();
		Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
			this.licenceName = metadata.fileName();
			this.licence = bytes;
			this.licenceStatus.setText("✔ " + metadata.fileName());
		})));
		upload.setId("register-licence");
		Uploads.localized(upload);
		upload.setMaxFiles(1);
		upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", ".ofd");
		this.licenceStatus.setId("register-licence-status");
		Span licenceLabel = new Span(getTranslation("register.licence"));
		licenceLabel.getStyle()
			.set("font-size", "var(--lumo-font-size-s)")
			.set("color", "var(--lumo-secondary-text-color)");
		Paragraph hint = new Paragraph(getTranslation("register.licenceHint"));
		hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
		Div licenceField = new Div(licenceLabel, upload, this.licenceStatus, hint);
		licenceField.getStyle()
			.set("display", "flex")
			.set("flex-direction", "column")
			.set("gap", "var(--lumo-space-xs)");
		FormLayout form = new FormLayout(this.username, this.password, this.passwordAgain, this.organisation,
				this.creditCode, this.department, this.contact, this.phone, this.email, licenceField);
		form.setColspan(licenceField, 2);
		Button submit = new Button(getTranslation("register.submit"), (click) -> submit(accounts));
		submit.setId("register-submit");
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(new H2(getTranslation("register.heading")), form, submit);
		setMaxWidth("48rem");
	}

	private void submit(Accounts accounts) {
		fields().values().forEach((field) -> field.setInvalid(false));
		this.passwordAgain.setInvalid(false);
		if (!this.password.getValue().equals(this.passwordAgain.getValue())) {
			// Typed twice the same, or nothing is stored.
			String message = getTranslation("account.error.passwordMismatch");
			this.passwordAgain.setErrorMessage(message);
			this.passwordAgain.setInvalid(true);
			Notification.show(message, 5000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
			return;
		}
		try {
			accounts
				.registerApplicant(
						new Registration(this.username.getValue(), this.password.getValue(),
								this.organisation.getValue(), this.creditCode.getValue(), this.contact.getValue(),
								this.phone.getValue(), this.email.getValue(), this.department.getValue()),
						this.licenceName, this.licence);
			Notification.show(getTranslation("register.done"), 4000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			getUI().ifPresent((ui) -> ui.navigate(LoginView.class));
		}
		catch (DomainException ex) {
			String message = getTranslation(ex.messageKey(), ex.arguments());
			HasValidation field = fields().get(ex.field());
			if (field != null) {
				field.setErrorMessage(message);
				field.setInvalid(true);
			}
			Notification.show(message, 5000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	private Map<String, HasValidation> fields() {
		return Map.of("username", this.username, "password", this.password, "organisationName", this.organisation,
				"creditCode", this.creditCode, "contactPerson", this.contact, "phone", this.phone, "email", this.email,
				"department", this.department);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("register.heading");
	}

}
