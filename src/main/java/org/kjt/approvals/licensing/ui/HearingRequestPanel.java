package org.kjt.approvals.licensing.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.ui.ApplicantStepPanel;
import org.kjt.approvals.licensing.Hearings;

/** Art. 47: the applicant requests a hearing or declines it, on the case page. */
@org.springframework.stereotype.Component
class HearingRequestPanel implements ApplicantStepPanel {

	private final Hearings hearings;

	private final CaseQueries queries;

	HearingRequestPanel(Hearings hearings, CaseQueries queries) {
		this.hearings = hearings;
		this.queries = queries;
	}

	@Override
	public boolean handles(String processKey, String step) {
		return "licensing".equals(processKey) && "hearingRequest".equals(step);
	}

	@Override
	public Component panel(CaseView view, Consumer<CaseView> changed) {
		VerticalLayout box = new VerticalLayout();
		long id = view.id();
		Button request = new Button(box.getTranslation("portal.hearing.request"), (click) -> Refusals
			.attempt(() -> changed.accept(this.queries.get(this.hearings.answer(id, true).id()))));
		request.setId("request-hearing");
		request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button decline = new Button(box.getTranslation("portal.hearing.decline"), (click) -> Refusals
			.attempt(() -> changed.accept(this.queries.get(this.hearings.answer(id, false).id()))));
		decline.setId("decline-hearing");
		box.add(new H3(box.getTranslation("portal.hearing.title")), new HorizontalLayout(request, decline));
		box.setId("hearing-request");
		box.setPadding(false);
		return box;
	}

}
