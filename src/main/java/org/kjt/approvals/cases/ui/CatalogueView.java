package org.kjt.approvals.cases.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kjt.approvals.base.ui.Switcher;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.CatalogueNotes;
import org.kjt.approvals.cases.MaterialRequirement;
import org.kjt.approvals.cases.ServiceItem;
import org.kjt.approvals.orgstructure.DepartmentRef;
import org.kjt.approvals.orgstructure.DivisionRef;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.orgstructure.RoutingEntryView;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.Role;

/** 服务事项: every item per department as Art. 30 requires it published, open to everyone. */
@Route("items")
@Menu(title = "catalogue.menu", order = 5)
@AnonymousAllowed
class CatalogueView extends VerticalLayout implements HasDynamicTitle {

	private final OrgStructure orgStructure;

	private final List<CatalogueNotes> notes;

	CatalogueView(Catalogue catalogue, OrgStructure orgStructure, CurrentUser currentUser, List<CatalogueNotes> notes) {
		this.orgStructure = orgStructure;
		this.notes = notes;
		boolean applicant = currentUser.get().map((user) -> user.has(Role.APPLICANT)).orElse(false);
		Div content = new Div();
		Switcher departments = new Switcher(getTranslation("catalogue.department"),
				(code) -> show(content, catalogue, code, applicant));
		for (DepartmentRef department : orgStructure.departments()) {
			departments.addChoice(department.code(), "catalogue-" + department.code(),
					"en".equals(getLocale().getLanguage()) ? department.nameEn() : department.nameZh());
		}
		departments.select(orgStructure.departments().get(0).code());
		add(new H2(getTranslation("catalogue.title")), departments, content);
		show(content, catalogue, orgStructure.departments().get(0).code(), applicant);
	}

	private void show(Div content, Catalogue catalogue, String department, boolean applicant) {
		content.removeAll();
		// The department's routing table, read once for all its items.
		List<RoutingEntryView> routing = this.orgStructure.routing(department);
		// What modules add (e.g. an evaluated item's calls), read once per department.
		Map<String, List<String>> added = new java.util.HashMap<>();
		this.notes.forEach((source) -> source.notes(department, getLocale())
			.forEach(
					(item, lines) -> added.computeIfAbsent(item, (code) -> new java.util.ArrayList<>()).addAll(lines)));
		for (ServiceItem item : catalogue.items(department)) {
			VerticalLayout body = new VerticalLayout();
			body.add(
					new Paragraph(getTranslation("catalogue.legalBasis") + getTranslation("colon")
							+ item.legalBasis(getLocale())),
					new Paragraph(getTranslation("catalogue.conditions") + getTranslation("colon")
							+ item.conditions(getLocale())),
					new Paragraph(
							((item.timeLimitDays() > 0) ? getTranslation("catalogue.timeLimit", item.timeLimitDays())
									: getTranslation("catalogue.inCalls"))),
					new Paragraph(getTranslation("catalogue.fee") + getTranslation("colon") + item.fee(getLocale())));
			added.getOrDefault(item.code(), List.of()).forEach((line) -> {
				Paragraph note = new Paragraph(line);
				note.addClassName("catalogue-note");
				body.add(note);
			});
			UnorderedList materials = new UnorderedList();
			for (MaterialRequirement material : item.materials()) {
				materials.add(new ListItem(material.name(getLocale()) + "("
						+ (material.mandatory() ? getTranslation("catalogue.mandatory")
								: getTranslation("catalogue.optional"))
						+ ((material.waivedNote(getLocale()) != null) ? ";" + material.waivedNote(getLocale()) : "")
						+ ";" + String.join("/", material.types().stream().map(Enum::name).sorted().toList()) + ")"));
			}
			body.add(new Paragraph(getTranslation("catalogue.materials")), materials);
			String steps = routing.stream()
				.filter((entry) -> entry.item().equals(item.code()))
				.map((entry) -> getTranslation("org.role." + entry.role().name()) + getTranslation("colon")
						+ ("en".equals(getLocale().getLanguage()) ? this.orgStructure.division(entry.division())
							.map(DivisionRef::nameEn)
							.orElse(entry.divisionName()) : entry.divisionName()))
				.collect(Collectors.joining(";"));
			body.add(new Paragraph(getTranslation("catalogue.divisions") + getTranslation("colon") + steps));
			if (applicant) {
				Button apply = new Button(getTranslation("catalogue.apply"),
						(click) -> getUI().ifPresent((ui) -> ui.navigate(ApplyView.class,
								new RouteParameters(Map.of("department", department, "item", item.code())))));
				apply.setId("apply-" + department + "-" + item.code());
				body.add(apply);
			}
			Details details = new Details(item.name(getLocale()), body);
			details.setId("item-" + item.code());
			content.add(details);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalogue.title");
	}

}
