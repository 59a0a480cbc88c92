package org.kjt.approvals.cases.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kjt.approvals.base.ui.Words;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseSummary;
import org.kjt.approvals.orgstructure.OrgStructure;

import org.springframework.data.domain.PageRequest;

/** 我的申请: the applicant's own cases with status, step and deadline, newest first. */
@Route("portal")
@Menu(title = "portal.menu", order = 6)
@RolesAllowed("APPLICANT")
class MyCasesView extends VerticalLayout implements HasDynamicTitle {

	MyCasesView(CaseQueries cases, OrgStructure orgStructure) {
		Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);
		grid.setId("my-cases");
		grid.addComponentColumn((item) -> {
			Anchor link = new Anchor("portal/case/" + item.id(), item.referenceNo());
			link.setId("case-" + item.id());
			return link;
		}).setHeader(getTranslation("portal.referenceNo")).setKey("reference");
		grid.addColumn((item) -> getTranslation("org.item." + item.item())).setHeader(getTranslation("portal.item"));
		grid.addColumn((item) -> orgStructure.department(item.department())
			.map((ref) -> "en".equals(getLocale().getLanguage()) ? ref.nameEn() : ref.nameZh())
			.orElse(item.department())).setHeader(getTranslation("portal.department"));
		grid.addColumn((item) -> Words.status(this, item.item(), item.status()))
			.setHeader(getTranslation("portal.status"));
		grid.addColumn((item) -> (item.step() != null) ? getTranslation("step." + item.step()) : "—")
			.setHeader(getTranslation("portal.step"));
		grid.addColumn(CaseSummary::deadline).setHeader(getTranslation("portal.deadline"));
		grid.setItems((query) -> cases.mine(PageRequest.of(query.getPage(), query.getPageSize())).stream());
		add(new H2(getTranslation("portal.title")), new Anchor("items", getTranslation("portal.newApplication")), grid);
		setSizeFull();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("portal.title");
	}

}
