package org.kjt.approvals.inbox.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.ui.Words;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseView;

/**
 * A case of the department, read only: reached from 已办 and from the case search.
 */
@Route("workbench/case/:id")
@RolesAllowed("STAFF")
class StaffCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final CaseQueries cases;

	private final CaseSections sections;

	private CaseView view;

	StaffCaseView(CaseQueries cases, CaseSections sections) {
		this.cases = cases;
		this.sections = sections;
		setWidthFull();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		String id = event.getRouteParameters().get("id").orElse("");
		try {
			this.view = this.cases.get(Long.parseLong(id));
		}
		catch (NumberFormatException ex) {
			add(new H2(getTranslation("case.error.notFound", id)));
			return;
		}
		catch (DomainException ex) {
			add(new H2(getTranslation(ex.messageKey(), ex.arguments())));
			return;
		}
		add(new H2(this.sections.title(this.view, getLocale())));
		Span status = new Span(Words.status(this, this.view.item(), this.view.status()));
		status.setId("case-status");
		status.getElement().getThemeList().add("badge");
		add(status);
		this.sections.sections(this.view, null, false).forEach((section) -> add(section));
	}

	@Override
	public String getPageTitle() {
		return (this.view != null) ? this.view.referenceNo() : getTranslation("search.title");
	}

}
