package org.kjt.approvals.workpermit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kjt.approvals.base.ui.NumberVerification;
import org.kjt.approvals.workpermit.PermitStatus;
import org.kjt.approvals.workpermit.PermitVerification;
import org.kjt.approvals.workpermit.WorkPermits;

/**
 * 工作许可证核验: anyone (a border officer, a new employer) checks a permit number and sees its
 * status and validity, with no personal data beyond the holder's initial.
 */
@Route("verify-permit")
@Menu(title = "permits.verify.title", order = 9)
@AnonymousAllowed
class VerifyPermitView extends NumberVerification {

	private final WorkPermits permits;

	VerifyPermitView(WorkPermits permits) {
		super("verify", "permits.verify", "permits.number");
		this.permits = permits;
	}

	@Override
	protected Component found(String given) {
		PermitVerification card = this.permits.verify(given);
		FormLayout details = new FormLayout();
		details.addFormItem(new Span(card.permitNumber()), getTranslation("permits.number"));
		details.addFormItem(
				status(getTranslation("permits.status." + card.status()), card.status() == PermitStatus.VALID),
				getTranslation("permits.status"));
		details.addFormItem(new Span(card.category()), getTranslation("permits.category"));
		details.addFormItem(new Span(card.holderInitial()), getTranslation("permits.holder"));
		details.addFormItem(new Span(card.nationality()), getTranslation("permits.verify.nationality"));
		details.addFormItem(new Span(card.employerName()), getTranslation("permits.verify.employer"));
		details.addFormItem(new Span(String.valueOf(card.issuedOn())), getTranslation("permits.verify.issuedOn"));
		details.addFormItem(new Span(String.valueOf(card.validUntil())), getTranslation("permits.validUntil"));
		Div shown = new Div(details);
		if (card.localNumber()) {
			Paragraph local = new Paragraph(getTranslation("permits.localNumber"));
			local.setId("verify-local-number");
			shown.add(local);
		}
		return shown;
	}

}
