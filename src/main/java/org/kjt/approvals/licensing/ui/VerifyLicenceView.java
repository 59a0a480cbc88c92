package org.kjt.approvals.licensing.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.licensing.LicenceStatus;
import org.kjt.approvals.licensing.LicenceView;
import org.kjt.approvals.licensing.Licences;

/**
 * 许可证核验, public: the page a licence's QR code opens (with its number), or where anyone
 * types a number in.
 */
@Route("verify-licence")
@AnonymousAllowed
class VerifyLicenceView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final Licences licences;

	private final TextField number = new TextField(getTranslation("licence.pdf.number"));

	private final VerticalLayout result = new VerticalLayout();

	VerifyLicenceView(Licences licences) {
		this.licences = licences;
		this.number.setId("verify-licence-number");
		this.number.setMaxLength(64);
		Button verify = new Button(getTranslation("licence.verify.submit"), (click) -> verify());
		verify.setId("verify-licence");
		verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		verify.addClickShortcut(Key.ENTER);
		FlexLayout row = new FlexLayout(this.number, verify);
		row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		row.setAlignItems(FlexComponent.Alignment.BASELINE);
		row.getStyle().set("gap", "var(--lumo-space-m)");
		this.result.setId("verify-licence-result");
		this.result.setPadding(false);
		add(new H2(getTranslation("licence.verify.title")), new Paragraph(getTranslation("licence.verify.intro")), row,
				this.result);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		// The QR code's link carries the number: verified at once.
		event.getLocation().getQueryParameters().getSingleParameter("number").ifPresent((given) -> {
			this.number.setValue(given);
			verify();
		});
	}

	private void verify() {
		this.result.removeAll();
		String given = this.number.getValue();
		if (given == null || given.isBlank()) {
			this.result.add(new Paragraph(getTranslation("licence.verify.enterNumber")));
			return;
		}
		LicenceView licence;
		try {
			licence = this.licences.verify(given.strip());
		}
		catch (DomainException ex) {
			Paragraph missing = new Paragraph(getTranslation(ex.messageKey(), ex.arguments()));
			missing.setId("verify-licence-missing");
			missing.getElement().setAttribute("role", "alert");
			this.result.add(missing);
			return;
		}
		// The state in words and colour.
		Span status = new Span(getTranslation("licence.status." + licence.status()));
		status.setId("verify-licence-status");
		status.getElement()
			.getThemeList()
			.add(licence.status() == LicenceStatus.VALID ? "badge success" : "badge error");
		FormLayout details = new FormLayout();
		details.addFormItem(new Span(licence.number()), getTranslation("licence.pdf.number"));
		details.addFormItem(status, getTranslation("licence.pdf.status"));
		details.addFormItem(new Span(licence.holder()), getTranslation("licence.pdf.holder"));
		details.addFormItem(new Span(licence.itemName()), getTranslation("licence.verify.item"));
		details.addFormItem(new Span(licence.scope()), getTranslation("licence.pdf.scope"));
		details.addFormItem(new Span(String.valueOf(licence.issuedOn())), getTranslation("licence.pdf.issuedOn"));
		details.addFormItem(new Span(String.valueOf(licence.validUntil())), getTranslation("licence.pdf.validUntil"));
		this.result.add(details);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("licence.verify.title");
	}

}
