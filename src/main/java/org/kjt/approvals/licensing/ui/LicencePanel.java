package org.kjt.approvals.licensing.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.kjt.approvals.base.ui.HtmlPageLink;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.ui.ApplicantCasePanel;
import org.kjt.approvals.licensing.LicenceView;
import org.kjt.approvals.licensing.Licences;

/** On a granted case's page: the licence, as a PDF with its verification QR code. */
@org.springframework.stereotype.Component
class LicencePanel implements ApplicantCasePanel {

	private final Licences licences;

	LicencePanel(Licences licences) {
		this.licences = licences;
	}

	@Override
	public Optional<Component> panel(CaseView view) {
		return this.licences.forCase(view.id()).map((licence) -> {
			Paragraph line = new Paragraph();
			line.setId("licence");
			line.add(new Span(
					line.getTranslation("licence.pdf.number") + line.getTranslation("colon") + licence.number() + " "));
			line.add(HtmlPageLink.pdf("licence-pdf", line.getTranslation("licence.pdf.download"), "licence.pdf",
					() -> this.licences.pdf(licence.number())));
			return line;
		});
	}

}
