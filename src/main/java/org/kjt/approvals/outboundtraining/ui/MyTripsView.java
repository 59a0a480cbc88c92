package org.kjt.approvals.outboundtraining.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.base.ui.Words;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseSummary;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.FormAssist;
import org.kjt.approvals.cases.ServiceItem;
import org.kjt.approvals.cases.ui.TableInput;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.outboundtraining.OutboundTrainings;

import org.springframework.data.domain.PageRequest;

/**
 * 我的出国(境)培训: the unit's trips, and on one trip what waits for the unit — revision after a
 * return, the publicity before departure (or a change of participants, or withdrawal),
 * and the post-return report.
 */
@Route("portal/outbound")
@Menu(title = "trips.menu", order = 8)
@RolesAllowed("APPLICANT")
class MyTripsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

	private final OutboundTrainings trainings;

	private final CaseQueries cases;

	private final Catalogue catalogue;

	private final OrgStructure orgStructure;

	private Long selected;

	private final Clock clock;

	MyTripsView(OutboundTrainings trainings, CaseQueries cases, Catalogue catalogue, OrgStructure orgStructure,
			Clock clock) {
		this.clock = clock;
		this.trainings = trainings;
		this.cases = cases;
		this.catalogue = catalogue;
		this.orgStructure = orgStructure;
	}

	@Override
	public void setParameter(BeforeEvent event, @OptionalParameter Long caseId) {
		this.selected = caseId;
		render();
	}

	private void render() {
		removeAll();
		add(new H2(getTranslation("trips.title")));
		boolean english = isEnglish();
		HorizontalLayout apply = new HorizontalLayout();
		// Training projects in both departments; official trips where a department
		// offers them.
		this.orgStructure.departments()
			.forEach((department) -> OutboundTrainings.ITEMS.stream()
				.filter((item) -> this.catalogue.find(item)
					.map((found) -> found.offeredBy(department.code()))
					.orElse(false))
				.forEach((item) -> {
					Anchor link = new Anchor("portal/apply/" + department.code() + "/" + item,
							getTranslation("trips.apply." + item) + " · "
									+ (english ? department.nameEn() : department.nameZh()));
					link.setId("apply-" + department.code() + "-" + item);
					apply.add(link);
				}));
		apply.setWrap(true);
		add(apply, trips());
		if (this.selected != null) {
			try {
				add(trip(this.trainings.trip(this.selected)));
			}
			catch (DomainException ex) {
				add(new Paragraph(getTranslation(ex.messageKey(), ex.arguments())));
			}
		}
	}

	private Grid<CaseSummary> trips() {
		Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);
		grid.setId("trips");
		grid.addComponentColumn((trip) -> new Anchor("portal/case/" + trip.id(), trip.referenceNo()))
			.setHeader(getTranslation("portal.referenceNo"))
			.setAutoWidth(true);
		grid.addColumn((trip) -> Words.status(this, trip.item(), trip.status()))
			.setHeader(getTranslation("portal.status"));
		grid.addColumn((trip) -> (trip.step() != null) ? getTranslation("step." + trip.step()) : "—")
			.setHeader(getTranslation("portal.step"));
		grid.addComponentColumn((trip) -> {
			Button open = new Button(getTranslation("trips.open"),
					(click) -> getUI().ifPresent((ui) -> ui.navigate(MyTripsView.class, trip.id())));
			open.setId("open-" + trip.id());
			open.setEnabled(this.trainings.waitsForUnit(trip.step()));
			return open;
		});
		grid.setItems((query) -> this.cases
			.mine(OutboundTrainings.ITEMS, null, PageRequest.of(query.getPage(), query.getPageSize()))
			.stream());
		grid.setAllRowsVisible(true);
		grid.setEmptyStateText(getTranslation("trips.none"));
		return grid;
	}

	private VerticalLayout trip(OutboundTrainings.Trip trip) {
		CaseView view = trip.view();
		VerticalLayout box = new VerticalLayout();
		box.setId("trip");
		box.setPadding(false);
		box.add(new H3(view.referenceNo() + " · " + view.form().getOrDefault("projectName", "")));
		Span status = new Span(Words.status(this, view.item(), view.status()));
		status.getElement().getThemeList().add("badge");
		Span step = new Span(getTranslation("portal.step") + getTranslation("colon")
				+ ((view.step() != null) ? getTranslation("step." + view.step()) : "—"));
		step.setId("trip-step");
		box.add(new HorizontalLayout(status, step,
				new Span(getTranslation("trips.dates", trip.departure(), trip.returnDate()))));
		box.add(checks(view.item(), view.form()));
		String current = Objects.requireNonNullElse(view.step(), "");
		switch (current) {
			case "revise" -> box.add(revise(trip));
			case "publicity" -> box.add(publicity(trip), participants(trip), withdrawal(trip));
			case "travel" -> {
				VerticalLayout waiting = new VerticalLayout(new H3(getTranslation("trips.travel.title")), new Paragraph(
						getTranslation("trips.travel.hint", trip.departure(), trip.returnDate(), trip.reportDue())));
				waiting.setId("trip-travel");
				waiting.setPadding(false);
				box.add(waiting);
				// Until the departure day the group may still change or withdraw.
				if (LocalDate.now(this.clock).isBefore(trip.departure())) {
					box.add(participants(trip), withdrawal(trip));
				}
			}
			case "report" -> box.add(report(trip));
			default -> box.add(new Paragraph(getTranslation("trips.noAction")));
		}
		return box;
	}

	/** The rule checks, breaches in red, as the signers see them. */
	private VerticalLayout checks(String item, Map<String, Object> form) {
		VerticalLayout checks = new VerticalLayout(new Span(getTranslation("trips.checks")));
		checks.setId("trip-checks");
		checks.setPadding(false);
		checks.setSpacing(false);
		for (String line : this.trainings.checks(item, form, getLocale())) {
			Span span = new Span(line);
			if (line.startsWith("⚠")) {
				span.getStyle().set("color", "var(--lumo-error-text-color)");
			}
			checks.add(span);
		}
		return checks;
	}

	private VerticalLayout revise(OutboundTrainings.Trip trip) {
		CaseView view = trip.view();
		VerticalLayout box = new VerticalLayout(new H3(getTranslation("trips.revise.title")));
		box.setPadding(false);
		view.notices()
			.stream()
			.filter((notice) -> "CORRECTION".equals(notice.type()))
			.reduce((first, second) -> second)
			.ifPresent((notice) -> box.add(new Span(getTranslation("trips.revise.notice")), new Pre(notice.body())));
		ServiceItem item = this.catalogue.require(view.department(), view.item());
		FormLayout form = new FormLayout();
		Map<String, HasValue<?, ?>> inputs = new LinkedHashMap<>();
		for (ServiceItem.FormField field : item.formFields()) {
			if (field.derived()) {
				continue;
			}
			Component input = input(field, view.form().get(field.code()));
			input.setId("revise-" + field.code());
			inputs.put(field.code(), (HasValue<?, ?>) input);
			form.add(input);
		}
		Button submit = new Button(getTranslation("trips.revise.submit"), (click) -> {
			Map<String, Object> changes = new LinkedHashMap<>();
			inputs.forEach((code, input) -> {
				String value = (input.getValue() != null) ? input.getValue().toString() : "";
				Object before = view.form().get(code);
				if (!value.equals((before != null) ? before.toString() : "")) {
					changes.put(code, value);
				}
			});
			if (changes.isEmpty()) {
				warn(getTranslation("trips.revise.nothing"));
				return;
			}
			act(() -> this.trainings.revise(view.id(), changes), "trips.revised");
		});
		submit.setId("revise-submit");
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		box.add(form, submit);
		return box;
	}

	private Component input(ServiceItem.FormField field, Object value) {
		String label = field.name(getLocale());
		String current = (value != null) ? value.toString() : "";
		List<String> choices = this.trainings.choices(field.code());
		if (!choices.isEmpty()) {
			Select<String> select = new Select<>();
			select.setLabel(label);
			select.setItems(choices);
			select.setItemLabelGenerator((code) -> getTranslation("choice." + field.code() + "." + code));
			select.setValue(choices.contains(current) ? current : null);
			return select;
		}
		FormAssist.Table table = this.trainings.table(field.code()).orElse(null);
		if (table != null) {
			// The itinerary and the group as tables, as on the application form.
			TableInput rows = new TableInput(label, "revise-" + field.code(), table);
			rows.setValue(current);
			return rows;
		}
		TextField text = new TextField(label);
		text.setMaxLength(2000);
		text.setValue(current);
		return text;
	}

	private VerticalLayout publicity(OutboundTrainings.Trip trip) {
		long id = trip.view().id();
		VerticalLayout box = new VerticalLayout(new H3(getTranslation("trips.publicity.title")),
				new Paragraph(getTranslation("trips.publicity.hint", trip.departure(), trip.latestPublicityEnd())));
		box.setPadding(false);
		trip.view()
			.history()
			.stream()
			.filter((entry) -> "PUBLICITY_REFUSED".equals(entry.type()))
			.reduce((first, second) -> second)
			.ifPresent((entry) -> {
				Span refused = new Span(getTranslation("trips.publicity.refused",
						entry.detailIn(getLocale(), (key, args) -> getTranslation(key, args))));
				refused.setId("publicity-refused");
				refused.getStyle().set("color", "var(--lumo-error-text-color)");
				box.add(refused);
			});
		DatePicker from = date("trips.publicity.from", "publicity-from");
		DatePicker to = date("trips.publicity.to", "publicity-to");
		Button confirm = new Button(getTranslation("trips.publicity.confirm"), (click) -> {
			if (Refusals.attempt(() -> this.trainings.confirmPublicity(id, iso(from.getValue()), iso(to.getValue())))) {
				CaseView after = this.cases.own(id);
				if ("publicity".equals(after.step())) {
					warn(getTranslation("trips.publicity.refused",
							after.history()
								.get(after.history().size() - 1)
								.detailIn(getLocale(), (key, args) -> getTranslation(key, args))));
				}
				else {
					success(getTranslation("trips.publicity.confirmed"));
				}
				render();
			}
		});
		confirm.setId("publicity-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout row = new HorizontalLayout(from, to, confirm);
		row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		box.add(row);
		return box;
	}

	private VerticalLayout participants(OutboundTrainings.Trip trip) {
		CaseView view = trip.view();
		TableInput list = new TableInput(getTranslation("trips.participants.title"), "participants",
				this.trainings.table("participants").orElseThrow());
		list.setId("participants");
		list.setWidthFull();
		list.setValue(Objects.toString(view.form().get("participants"), ""));
		TextField justification = new TextField(getTranslation("trips.participants.justification"));
		justification.setId("participants-justification");
		justification.setWidthFull();
		Button change = new Button(getTranslation("trips.participants.change"),
				(click) -> act(
						() -> this.trainings.changeParticipants(view.id(), list.getValue(), justification.getValue()),
						"trips.participants.changed"));
		change.setId("participants-change");
		VerticalLayout box = new VerticalLayout(new H3(getTranslation("trips.participants.title")), list, justification,
				change);
		box.setPadding(false);
		return box;
	}

	private HorizontalLayout withdrawal(OutboundTrainings.Trip trip) {
		TextField reason = new TextField(getTranslation("trips.withdraw.reason"));
		reason.setId("trip-withdraw-reason");
		Button withdraw = new Button(getTranslation("trips.withdraw.submit"),
				(click) -> act(() -> this.trainings.withdraw(trip.view().id(), reason.getValue()), "trips.withdrawn"));
		withdraw.setId("trip-withdraw");
		withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
		HorizontalLayout row = new HorizontalLayout(new H3(getTranslation("trips.withdraw.title")), reason, withdraw);
		row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		return row;
	}

	private VerticalLayout report(OutboundTrainings.Trip trip) {
		CaseView view = trip.view();
		VerticalLayout box = new VerticalLayout(new H3(getTranslation("trips.report.title")));
		box.setPadding(false);
		Span due = new Span(trip.reportOverdue() ? getTranslation("trips.report.overdue", trip.reportDue())
				: getTranslation("trips.report.due", trip.returnDate(), trip.reportDue()));
		due.setId("report-due");
		TextArea done = new TextArea(getTranslation("trips.report.done"));
		done.setId("report-done");
		done.setWidthFull();
		done.setMaxLength(4000);
		TextField itinerary = new TextField(getTranslation("trips.report.itinerary"));
		itinerary.setId("report-itinerary");
		itinerary.setWidthFull();
		itinerary.setValue(Objects.toString(view.form().get("itinerary"), ""));
		TextField cost = new TextField(getTranslation("trips.report.cost"));
		cost.setId("report-cost");
		DatePicker published = date("trips.report.published", "report-published");
		DatePicker passports = date("trips.report.passports", "report-passports");
		passports.setHelperText(getTranslation("trips.report.passportsHint", trip.passportsDue()));
		Button file = new Button(getTranslation("trips.report.file"),
				(click) -> act(
						() -> this.trainings.fileReport(view.id(), done.getValue(), itinerary.getValue(),
								cost.getValue(), iso(published.getValue()), iso(passports.getValue())),
						"trips.report.filed"));
		file.setId("report-file");
		file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		box.add(due, done, itinerary, new HorizontalLayout(cost, published, passports), file);
		return box;
	}

	private DatePicker date(String label, String id) {
		DatePicker picker = new DatePicker(getTranslation(label));
		picker.setId(id);
		picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
		return picker;
	}

	private void act(Runnable action, String done) {
		if (Refusals.attempt(action)) {
			success(getTranslation(done));
			render();
		}
	}

	private static void success(String text) {
		Notification.show(text, 4000, Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	private static void warn(String text) {
		Notification.show(text, 6000, Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_WARNING);
	}

	private static String iso(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private boolean isEnglish() {
		return Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("trips.title");
	}

}
