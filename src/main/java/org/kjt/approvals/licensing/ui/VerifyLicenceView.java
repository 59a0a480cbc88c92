package org.kjt.approvals.licensing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kjt.approvals.base.ui.NumberVerification;
import org.kjt.approvals.licensing.LicenceStatus;
import org.kjt.approvals.licensing.LicenceView;
import org.kjt.approvals.licensing.Licences;

/**
 * 许可证核验, public: the page a licence's QR code opens (with its number), or where anyone
 * types a number in.
 */
@Route("verify-licence")
@AnonymousAllowed
class VerifyLicenceView extends NumberVerification {

	private final Licences licences;

	VerifyLicenceView(Licences licences) {
		super("verify-licence", "licence.verify", "licence.pdf.number");
		this.licences = licences;
	}

	@Override
	protected Component found(String given) {
		LicenceView licence = this.licences.verify(given);
		FormLayout details = new FormLayout();
		details.addFormItem(new Span(licence.number()), getTranslation("licence.pdf.number"));
		details.addFormItem(
				status(getTranslation("licence.status." + licence.status()), licence.status() == LicenceStatus.VALID),
				getTranslation("licence.pdf.status"));
		details.addFormItem(new Span(licence.holder()), getTranslation("licence.pdf.holder"));
		details.addFormItem(new Span(licence.itemName()), getTranslation("licence.verify.item"));
		details.addFormItem(new Span(licence.scope()), getTranslation("licence.pdf.scope"));
		details.addFormItem(new Span(String.valueOf(licence.issuedOn())), getTranslation("licence.pdf.issuedOn"));
		details.addFormItem(new Span(String.valueOf(licence.validUntil())), getTranslation("licence.pdf.validUntil"));
		return details;
	}

}
