package org.kjt.approvals.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kjt.approvals.base.ui.NumberVerification;
import org.kjt.approvals.evaluation.CertificateView;
import org.kjt.approvals.evaluation.Certificates;

/** 证书查验 (public): a recognition certificate verified by its number. */
@Route("verify-certificate")
@Menu(title = "certificate.verify.title", order = 9.5)
@AnonymousAllowed
class VerifyCertificateView extends NumberVerification {

	private final Certificates certificates;

	VerifyCertificateView(Certificates certificates) {
		super("verify-certificate", "certificate.verify", "certificate.number");
		this.certificates = certificates;
	}

	@Override
	protected Component found(String given) {
		CertificateView certificate = this.certificates.verify(given, getLocale());
		FormLayout details = new FormLayout();
		details.addFormItem(new Span(certificate.number()), getTranslation("certificate.number"));
		details.addFormItem(status(getTranslation(certificate.valid() ? "certificate.valid" : "certificate.expired"),
				certificate.valid()), getTranslation("certificate.status"));
		details.addFormItem(new Span(certificate.holder()), getTranslation("certificate.holder"));
		details.addFormItem(new Span(certificate.itemName()), getTranslation("certificate.item"));
		details.addFormItem(new Span(certificate.title()), getTranslation("certificate.titleLabel"));
		details.addFormItem(new Span(String.valueOf(certificate.issuedOn())), getTranslation("certificate.issuedOn"));
		details.addFormItem(
				new Span((certificate.validUntil() == null) ? "—" : String.valueOf(certificate.validUntil())),
				getTranslation("certificate.validUntil"));
		return new Div(details, new Paragraph(getTranslation("certificate.localNumber")));
	}

}
