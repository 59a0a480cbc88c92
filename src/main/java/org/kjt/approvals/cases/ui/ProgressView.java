package org.kjt.approvals.cases.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import org.kjt.approvals.cases.CaseProgress;

/**
 * 办件进度查询: anyone holding a receipt follows the case by its reference number and query
 * code, without logging in.
 */
@Route("progress")
@Menu(title = "progress.title", order = 4)
@AnonymousAllowed
class ProgressView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final CaseProgress progress;

	private final TextField reference = new TextField(getTranslation("progress.reference"));

	private final TextField code = new TextField(getTranslation("progress.code"));

	private final VerticalLayout result = new VerticalLayout();

	ProgressView(CaseProgress progress) {
		this.progress = progress;
		this.reference.setId("progress-reference");
		this.reference.setMaxLength(32);
		this.reference.setRequiredIndicatorVisible(true);
		this.code.setId("progress-code");
		this.code.setMaxLength(32);
		this.code.setRequiredIndicatorVisible(true);
		Button lookup = new Button(getTranslation("progress.submit"), (click) -> lookup());
		lookup.setId("progress-lookup");
		lookup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		lookup.addClickShortcut(Key.ENTER);
		FlexLayout row = new FlexLayout(this.reference, this.code, lookup);
		row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		row.setAlignItems(FlexComponent.Alignment.BASELINE);
		row.getStyle().set("gap", "var(--lumo-space-m)");
		this.result.setId("progress-result");
		this.result.setPadding(false);
		add(new H2(getTranslation("progress.title")), new Paragraph(getTranslation("progress.intro")), row,
				this.result);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		// The receipt's link may carry the reference number.
		event.getLocation().getQueryParameters().getSingleParameter("reference").ifPresent(this.reference::setValue);
	}

	private void lookup() {
		this.result.removeAll();
		try {
			this.result
				.add(new ProgressTimeline(this.progress.lookup(this.reference.getValue(), this.code.getValue())));
		}
		catch (DomainException ex) {
			Paragraph refused = new Paragraph(getTranslation(ex.messageKey(), ex.arguments()));
			refused.setId("progress-refused");
			refused.getElement().setAttribute("role", "alert");
			this.result.add(refused);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("progress.title");
	}

}
