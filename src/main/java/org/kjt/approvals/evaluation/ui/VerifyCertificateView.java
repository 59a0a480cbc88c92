package org.kjt.approvals.evaluation.ui;

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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.evaluation.CertificateView;
import org.kjt.approvals.evaluation.Certificates;

/** 证书查验 (public): a recognition certificate verified by its number. */
@Route("verify-certificate")
@Menu(title = "certificate.verify.title", order = 9.5)
@AnonymousAllowed
class VerifyCertificateView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final Certificates certificates;

	private final TextField number = new TextField(getTranslation("certificate.number"));

	private final VerticalLayout result = new VerticalLayout();

	VerifyCertificateView(Certificates certificates) {
		this.certificates = certificates;
		this.number.setId("verify-certificate-number");
		this.number.setMaxLength(64);
		Button verify = new Button(getTranslation("certificate.verify.submit"), (click) -> verify());
		verify.setId("verify-certificate");
		verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		verify.addClickShortcut(Key.ENTER);
		FlexLayout row = new FlexLayout(this.number, verify);
		row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		row.setAlignItems(FlexComponent.Alignment.BASELINE);
		row.getStyle().set("gap", "var(--lumo-space-m)");
		this.result.setId("verify-certificate-result");
		this.result.setPadding(false);
		add(new H2(getTranslation("certificate.verify.title")),
				new Paragraph(getTranslation("certificate.verify.intro")), row, this.result);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.getLocation().getQueryParameters().getSingleParameter("number").ifPresent((given) -> {
			this.number.setValue(given);
			verify();
		});
	}

	private void verify() {
		this.result.removeAll();
		String given = this.number.getValue();
		if (given == null || given.isBlank()) {
			this.result.add(new Paragraph(getTranslation("certificate.verify.enterNumber")));
			return;
		}
		CertificateView certificate;
		try {
			certificate = this.certificates.verify(given.strip(), getLocale());
		}
		catch (DomainException ex) {
			Paragraph missing = new Paragraph(getTranslation(ex.messageKey(), ex.arguments()));
			missing.setId("verify-certificate-missing");
			missing.getElement().setAttribute("role", "alert");
			this.result.add(missing);
			return;
		}
		Span status = new Span(getTranslation(certificate.valid() ? "certificate.valid" : "certificate.expired"));
		status.setId("verify-certificate-status");
		status.getElement().getThemeList().add(certificate.valid() ? "badge success" : "badge error");
		FormLayout details = new FormLayout();
		details.addFormItem(new Span(certificate.number()), getTranslation("certificate.number"));
		details.addFormItem(status, getTranslation("certificate.status"));
		details.addFormItem(new Span(certificate.holder()), getTranslation("certificate.holder"));
		details.addFormItem(new Span(certificate.itemName()), getTranslation("certificate.item"));
		details.addFormItem(new Span(certificate.title()), getTranslation("certificate.titleLabel"));
		details.addFormItem(new Span(String.valueOf(certificate.issuedOn())), getTranslation("certificate.issuedOn"));
		details.addFormItem(
				new Span((certificate.validUntil() == null) ? "—" : String.valueOf(certificate.validUntil())),
				getTranslation("certificate.validUntil"));
		Paragraph local = new Paragraph(getTranslation("certificate.localNumber"));
		this.result.add(details, local);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("certificate.verify.title");
	}

}
