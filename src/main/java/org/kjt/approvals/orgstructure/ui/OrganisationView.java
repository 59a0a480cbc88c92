package org.kjt.approvals.orgstructure.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kjt.approvals.base.Translations;
import org.kjt.approvals.base.ui.Switcher;
import org.kjt.approvals.orgstructure.DepartmentDetails;
import org.kjt.approvals.orgstructure.DepartmentRef;
import org.kjt.approvals.orgstructure.OrgStructure;

/**
 * 机构职能: a department's duties, divisions, remits and which steps each division handles.
 */
@Route("org")
@Menu(title = "org.menu", order = 10)
@AnonymousAllowed
class OrganisationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	private final OrgStructure orgStructure;

	private final Switcher departments;

	private final Div content = new Div();

	OrganisationView(OrgStructure orgStructure) {
		this.orgStructure = orgStructure;
		this.departments = new Switcher(getTranslation("org.title"),
				(code) -> getUI().ifPresent((ui) -> ui.navigate(OrganisationView.class, code)));
		this.departments.setId("departments");
		for (DepartmentRef department : orgStructure.departments()) {
			this.departments.addChoice(department.code(), "department-" + department.code(),
					english() ? department.nameEn() : department.nameZh());
		}
		add(new H2(getTranslation("org.title")), this.departments, this.content);
		setWidthFull();
	}

	@Override
	public void setParameter(BeforeEvent event, @OptionalParameter String code) {
		String selected = (code != null && this.orgStructure.department(code).isPresent()) ? code : "jilin";
		show(this.orgStructure.details(selected));
		this.departments.select(selected);
	}

	private void show(DepartmentDetails department) {
		this.content.removeAll();
		this.content.setId("department-" + department.code() + "-content");
		Paragraph summary = new Paragraph(department.name() + " · " + department.nameEn() + " · "
				+ getTranslation("org.rank") + getTranslation("colon")
				+ (department.rankStated() ? department.rank() : getTranslation("org.rankNotStated")));
		Paragraph address = new Paragraph(
				getTranslation("org.address") + getTranslation("colon") + department.address());
		this.content.add(summary, address);

		this.content.add(new H3(getTranslation("org.duties")));
		OrderedList duties = new OrderedList();
		department.duties()
			.forEach((duty) -> duties
				.add(new ListItem(duty.label() + (duty.label().startsWith("(") ? "" : ":") + duty.text())));
		duties.getStyle().set("list-style", "none");
		this.content.add(duties);

		this.content.add(new H3(getTranslation("org.divisions")));
		for (DepartmentDetails.Division division : department.divisions()) {
			String name = english() ? division.nameEn() + " · " + division.name() : division.name();
			VerticalLayout body = new VerticalLayout();
			body.setPadding(false);
			Span remit = new Span(division.remit());
			remit.addClassName("remit");
			body.add(remit);
			if (division.note() != null) {
				body.add(new Span(division.note()));
			}
			String handles = division.handles()
				.stream()
				.map((handle) -> getTranslation("org.item." + handle.item()) + " · "
						+ getTranslation("org.role." + handle.role().name()))
				.collect(Collectors.joining(";"));
			Span handled = new Span(getTranslation("org.handles") + getTranslation("colon")
					+ (handles.isEmpty() ? getTranslation("org.handlesNone") : handles));
			body.add(handled);
			Details details = new Details(name + " (" + division.code() + ")", body);
			details.setId("division-" + division.code());
			details.setOpened(!division.handles().isEmpty());
			this.content.add(details);
		}
		if (!department.affiliatedUnits().isEmpty()) {
			this.content.add(new H3(getTranslation("org.affiliated")),
					new Paragraph(String.join(";", department.affiliatedUnits())));
		}
		if (!department.honours().isEmpty()) {
			this.content.add(new H3(getTranslation("org.honours")));
			department.honours().forEach((honour) -> this.content.add(new Paragraph(honour)));
		}
		this.content.add(new H3(getTranslation("org.leaders")));
		if (department.leaders().isEmpty()) {
			this.content.add(new Paragraph(getTranslation("org.leadersNone")));
		}
		department.leaders()
			.forEach((leader) -> this.content.add(new Paragraph(
					leader.name() + getTranslation("colon") + leader.title() + "(" + leader.asOf() + ")")));
		if (department.effectiveDate() != null) {
			this.content
				.add(new Paragraph(getTranslation("org.effective", department.effectiveDate(), department.replaces())));
		}
		department.otherMatters().forEach((matter) -> this.content.add(new Paragraph(matter)));
	}

	private boolean english() {
		return Translations.ENGLISH.getLanguage().equals(getLocale().getLanguage());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("org.title");
	}

}
