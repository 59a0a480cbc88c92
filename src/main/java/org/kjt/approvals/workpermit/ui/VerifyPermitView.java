package org.kjt.approvals.workpermit.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kjt.approvals.base.DomainException;
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
class VerifyPermitView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final WorkPermits permits;

	private final VerticalLayout result = new VerticalLayout();

	private final TextField number = new TextField(getTranslation("permits.number"));

	VerifyPermitView(WorkPermits permits) {
		this.permits = permits;
		TextField number = this.number;
		number.setId("verify-number");
		number.setMaxLength(64);
		Button verify = new Button(getTranslation("permits.verify.submit"), (click) -> verify(number.getValue()));
		verify.setId("verify");
		verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		verify.addClickShortcut(Key.ENTER);
		HorizontalLayout row = new HorizontalLayout(number, verify);
		row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		this.result.setId("verify-result");
		this.result.setPadding(false);
		add(new H2(getTranslation("permits.verify.title")), new Paragraph(getTranslation("permits.verify.intro")), row,
				this.result);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		// The card's QR code carries the number: verified at once.
		event.getLocation().getQueryParameters().getSingleParameter("number").ifPresent((given) -> {
			this.number.setValue(given);
			verify(given);
		});
	}

	private void verify(String number) {
		this.result.removeAll();
		if (number == null || number.isBlank()) {
			this.result.add(new Paragraph(getTranslation("permits.verify.enterNumber")));
			return;
		}
		PermitVerification card;
		try {
			card = this.permits.verify(number);
		}
		catch (DomainException ex) {
			Paragraph missing = new Paragraph(getTranslation(ex.messageKey(), ex.arguments()));
			missing.setId("verify-missing");
			this.result.add(missing);
			return;
		}
		Span status = new Span(getTranslation("permits.status." + card.status()));
		status.setId("verify-status");
		status.getElement().getThemeList().add(card.status() == PermitStatus.VALID ? "badge success" : "badge error");
		FormLayout details = new FormLayout();
		details.addFormItem(new Span(card.permitNumber()), getTranslation("permits.number"));
		details.addFormItem(status, getTranslation("permits.status"));
		details.addFormItem(new Span(card.category()), getTranslation("permits.category"));
		details.addFormItem(new Span(card.holderInitial()), getTranslation("permits.holder"));
		details.addFormItem(new Span(card.nationality()), getTranslation("permits.verify.nationality"));
		details.addFormItem(new Span(card.employerName()), getTranslation("permits.verify.employer"));
		details.addFormItem(new Span(String.valueOf(card.issuedOn())), getTranslation("permits.verify.issuedOn"));
		details.addFormItem(new Span(String.valueOf(card.validUntil())), getTranslation("permits.validUntil"));
		this.result.add(details);
		if (card.localNumber()) {
			Paragraph local = new Paragraph(getTranslation("permits.localNumber"));
			local.setId("verify-local-number");
			this.result.add(local);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("permits.verify.title");
	}

}
