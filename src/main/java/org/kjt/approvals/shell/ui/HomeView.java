package org.kjt.approvals.shell.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kjt.approvals.base.ui.LocalTimes;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.ServiceHall;
import org.kjt.approvals.cases.ServiceItem;
import org.kjt.approvals.evaluation.CallView;
import org.kjt.approvals.evaluation.Calls;
import org.kjt.approvals.orgstructure.DepartmentRef;
import org.kjt.approvals.orgstructure.DivisionRef;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.orgstructure.RoutingEntryView;
import org.kjt.approvals.orgstructure.StepRole;

/**
 * The service hall (网上办事大厅), open to everyone: each department's service items as tiles
 * with time limit, fee and the division that takes them in, where to go and whom to ask,
 * a search over the items, and the ways to follow a case or check a licence or permit.
 */
@Route("")
@Menu(title = "home.menu", order = 0)
@AnonymousAllowed
class HomeView extends VerticalLayout implements HasDynamicTitle {

	private final List<Tile> tiles = new ArrayList<>();

	HomeView(Catalogue catalogue, OrgStructure orgStructure, Calls calls, LocalTimes times) {
		Locale locale = getLocale();
		boolean english = "en".equals(locale.getLanguage());
		add(new H2(getTranslation("home.heading")), new Paragraph(getTranslation("home.intro")));

		TextField search = new TextField();
		search.setId("hall-search");
		search.setPlaceholder(getTranslation("hall.search"));
		search.setAriaLabel(getTranslation("hall.search"));
		search.setPrefixComponent(VaadinIcon.SEARCH.create());
		search.setClearButtonVisible(true);
		search.setValueChangeMode(ValueChangeMode.EAGER);
		search.setWidth("min(100%, 28rem)");
		FlexLayout quick = new FlexLayout(link("hall-progress", "progress", "hall.progress"),
				link("hall-licences", "verify-licence", "hall.verifyLicence"),
				link("hall-permits", "verify-permit", "hall.verifyPermit"),
				link("hall-certificates", "verify-certificate", "hall.verifyCertificate"),
				link("hall-notices", "public-notices", "hall.publicNotices"),
				link("hall-items", "items", "hall.guide"));
		quick.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		quick.getStyle().set("gap", "var(--lumo-space-m)");
		add(search, quick);

		// Calls open now or coming (申报批次): evaluated items are applied for only then.
		List<CallView> current = calls.published(null, locale)
			.stream()
			.filter((call) -> call.state() != CallView.CallState.CLOSED)
			.toList();
		if (!current.isEmpty()) {
			Section open = new Section();
			open.setId("hall-calls");
			open.add(new H3(getTranslation("calls.title")));
			for (CallView call : current) {
				Paragraph line = new Paragraph(call.title() + " · " + call.itemName() + " · "
						+ getTranslation("calls.window", times.format(call.opensAt()), times.format(call.closesAt()),
								getTranslation("callState." + call.state())));
				line.setId("hall-call-" + call.id());
				open.add(line);
			}
			add(open);
		}

		Paragraph none = new Paragraph(getTranslation("hall.noMatch"));
		none.setId("hall-no-match");
		none.setVisible(false);
		for (DepartmentRef department : orgStructure.departments()) {
			Section section = new Section();
			section.setId("hall-" + department.code());
			section.setWidthFull();
			section.add(new H3(english ? department.nameEn() : department.nameZh()));
			catalogue.hall(department.code()).ifPresent((hall) -> section.add(contact(hall, locale)));
			List<RoutingEntryView> routing = orgStructure.routing(department.code());
			Div grid = new Div();
			grid.addClassName("service-tiles");
			grid.getStyle()
				.set("display", "grid")
				.set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 17rem), 1fr))")
				.set("gap", "var(--lumo-space-m)");
			for (ServiceItem item : catalogue.items(department.code())) {
				Tile tile = new Tile(item, department.code(),
						intakeDivision(orgStructure, routing, item.code(), english), locale);
				this.tiles.add(tile);
				grid.add(tile.card);
			}
			section.add(grid);
			add(section);
		}
		add(none);
		search.addValueChangeListener((event) -> {
			String wanted = event.getValue().strip().toLowerCase(Locale.ROOT);
			long shown = this.tiles.stream().filter((tile) -> tile.show(wanted)).count();
			none.setVisible(shown == 0);
		});
	}

	private Anchor link(String id, String href, String key) {
		Anchor link = new Anchor(href, getTranslation(key));
		link.setId(id);
		return link;
	}

	private Paragraph contact(ServiceHall hall, Locale locale) {
		Paragraph contact = new Paragraph();
		contact.setId("hall-contact-" + hall.department());
		contact.add(new Span(getTranslation("hall.place") + getTranslation("colon") + hall.place(locale)));
		contact.add(new Span(" · " + getTranslation("hall.phone") + getTranslation("colon")
				+ ((hall.phone() != null) ? hall.phone() : getTranslation("hall.notPublished"))));
		if (hall.hours() != null) {
			contact.add(new Span(" · " + getTranslation("hall.hours") + getTranslation("colon") + hall.hours()));
		}
		return contact;
	}

	private String intakeDivision(OrgStructure orgStructure, List<RoutingEntryView> routing, String item,
			boolean english) {
		// The division that takes it in; for an item without an intake step, the one that
		// reviews it.
		return routing.stream()
			.filter((entry) -> entry.item().equals(item)
					&& (entry.role() == StepRole.INTAKE || entry.role() == StepRole.REVIEW))
			.sorted(java.util.Comparator.comparing(RoutingEntryView::role))
			.map((entry) -> english
					? orgStructure.division(entry.division()).map(DivisionRef::nameEn).orElse(entry.divisionName())
					: entry.divisionName())
			.findFirst()
			.orElse("—");
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.title");
	}

	/** One item's tile, and the words it is found by. */
	private final class Tile {

		private final Div card = new Div();

		private final String words;

		Tile(ServiceItem item, String department, String division, Locale locale) {
			this.words = (item.name() + " " + item.nameEn() + " " + item.code()).toLowerCase(Locale.ROOT);
			this.card.setId("tile-" + department + "-" + item.code());
			this.card.addClassName("service-tile");
			this.card.getStyle()
				.set("border", "1px solid var(--lumo-contrast-20pct)")
				.set("border-radius", "var(--lumo-border-radius-l)")
				.set("padding", "var(--lumo-space-m)")
				.set("display", "flex")
				.set("flex-direction", "column")
				.set("gap", "var(--lumo-space-xs)");
			H4 name = new H4(item.name(locale));
			name.getStyle().set("margin", "0");
			Span limit = new Span(((item.timeLimitDays() > 0) ? getTranslation("hall.timeLimit", item.timeLimitDays())
					: getTranslation("hall.inCalls")));
			Span fee = new Span(getTranslation("hall.fee") + getTranslation("colon") + item.fee(locale));
			Span intake = new Span(getTranslation("hall.division") + getTranslation("colon") + division);
			intake.getStyle().set("color", "var(--lumo-secondary-text-color)");
			Anchor apply = new Anchor("portal/apply/" + department + "/" + item.code(), getTranslation("hall.apply"));
			apply.setId("tile-apply-" + department + "-" + item.code());
			apply.getElement().setAttribute("aria-label", getTranslation("hall.apply") + " " + item.name(locale));
			Anchor guide = new Anchor("items", getTranslation("hall.guide"));
			guide.getElement().setAttribute("aria-label", getTranslation("hall.guide") + " " + item.name(locale));
			FlexLayout actions = new FlexLayout(apply, guide);
			actions.getStyle().set("gap", "var(--lumo-space-m)").set("margin-top", "auto");
			this.card.add(name, limit, fee, intake, actions);
		}

		boolean show(String wanted) {
			boolean shown = wanted.isEmpty() || this.words.contains(wanted);
			this.card.setVisible(shown);
			return shown;
		}

	}

}
