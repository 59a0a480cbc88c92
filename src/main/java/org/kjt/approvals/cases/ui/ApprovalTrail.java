package org.kjt.approvals.cases.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.ui.LocalTimes;
import org.kjt.approvals.base.ui.Words;
import org.kjt.approvals.cases.CaseHistoryType;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.ServiceItem;
import org.kjt.approvals.cases.Steps;

/**
 * 审批记录: every entry of a case's history for staff, with who (by name), when (local time),
 * the step and outcome in words and the full opinion with the fields the step was
 * completed with (the proposal and its reasons, the inspectors named…).
 */
public class ApprovalTrail extends Grid<CaseView.HistoryEntry> {

	private final @Nullable ServiceItem item;

	private final @Nullable Steps steps;

	private final Function<String, String> names;

	/**
	 * @param view the case, as staff read it
	 * @param item its service item (material names), if known
	 * @param steps its process's step table (field kinds), if known
	 * @param times local time
	 * @param names user name → display name
	 */
	public ApprovalTrail(CaseView view, @Nullable ServiceItem item, @Nullable Steps steps, LocalTimes times,
			Function<String, String> names) {
		super(CaseView.HistoryEntry.class, false);
		this.item = item;
		this.steps = steps;
		this.names = names;
		setId("history");
		addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
		addColumn((entry) -> times.format(entry.at())).setHeader(getTranslation("task.at"))
			.setWidth("9.5em")
			.setFlexGrow(0);
		addColumn(
				(entry) -> "system".equals(entry.actor()) ? getTranslation("trail.system") : names.apply(entry.actor()))
			.setHeader(getTranslation("task.actor"))
			.setWidth("8em")
			.setFlexGrow(0);
		addColumn(this::what).setHeader(getTranslation("task.what")).setWidth("10em").setFlexGrow(0);
		addColumn(this::outcome).setHeader(getTranslation("inbox.outcome")).setWidth("9em").setFlexGrow(0);
		addComponentColumn(this::opinion).setHeader(getTranslation("task.detail")).setFlexGrow(1);
		setItems(view.history());
		setAllRowsVisible(true);
	}

	private String what(CaseView.HistoryEntry entry) {
		String type = getTranslation("history." + entry.type());
		return (entry.step() != null) ? getTranslation("step." + entry.step()) + " · " + type : type;
	}

	/**
	 * The outcome in words: a step's outcome, the material uploaded, the notice's kind.
	 */
	private String outcome(CaseView.HistoryEntry entry) {
		if (entry.outcome() == null) {
			return "";
		}
		if (CaseHistoryType.MATERIAL_UPLOADED.name().equals(entry.type())) {
			return materialName(entry.outcome());
		}
		if (CaseHistoryType.NOTICE_ISSUED.name().equals(entry.type())) {
			return "";
		}
		return (entry.step() != null) ? words("outcome." + entry.step() + "." + entry.outcome(), entry.outcome())
				: words("outcome." + entry.outcome(), entry.outcome());
	}

	private Component opinion(CaseView.HistoryEntry entry) {
		Div box = new Div();
		box.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
		if (entry.detail() != null) {
			box.add(new Div(entry.detailIn(getLocale(), (key, args) -> getTranslation(key, args))));
		}
		for (String line : fieldLines(entry)) {
			Div field = new Div(line);
			field.getStyle().set("color", "var(--lumo-secondary-text-color)");
			box.add(field);
		}
		return box;
	}

	/**
	 * The fields a step was completed with, one line each, in words.
	 * @param entry a history entry
	 * @return "label: value" lines
	 */
	public List<String> fieldLines(CaseView.HistoryEntry entry) {
		List<String> lines = new ArrayList<>();
		Map<String, Steps.Field> declared = declared(entry);
		entry.fields().forEach((code, value) -> {
			Steps.Field field = declared.get(code);
			lines.add(words("field." + code, code) + getTranslation("colon") + value(code, value, field));
		});
		return lines;
	}

	/**
	 * The entry as one block of text: outcome, fields, opinion.
	 * @param entry a completed step
	 * @return a component for a panel
	 */
	public Component summary(CaseView.HistoryEntry entry) {
		Div box = new Div();
		box.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
		Span head = new Span(what(entry) + " · " + outcome(entry) + " · "
				+ ("system".equals(entry.actor()) ? getTranslation("trail.system") : this.names.apply(entry.actor())));
		head.getStyle().set("font-weight", "bold");
		box.add(new Div(head));
		for (String line : fieldLines(entry)) {
			box.add(new Div(line));
		}
		if (entry.detail() != null) {
			box.add(new Div(getTranslation("task.opinion") + getTranslation("colon") + entry.detail()));
		}
		return box;
	}

	private Map<String, Steps.Field> declared(CaseView.HistoryEntry entry) {
		if (this.steps == null || entry.step() == null || entry.outcome() == null) {
			return Map.of();
		}
		return this.steps.step(entry.step())
			.flatMap((step) -> step.outcome(entry.outcome()))
			.map((outcome) -> outcome.fields()
				.stream()
				.collect(java.util.stream.Collectors.toMap(Steps.Field::code, Function.identity(), (a, b) -> a)))
			.orElse(Map.of());
	}

	private String value(String code, Object value, Steps.@Nullable Field field) {
		Steps.FieldKind kind = (field != null) ? field.kind() : null;
		if (value instanceof Map<?, ?> items) {
			// A material checklist: each item named, with the problem found.
			List<String> parts = new ArrayList<>();
			items.forEach((material, problem) -> parts.add(materialName(String.valueOf(material))
					+ ((problem != null && !problem.toString().isBlank()) ? "(" + problem + ")" : "")));
			return String.join(";", parts);
		}
		if (value instanceof Collection<?> many) {
			List<String> parts = new ArrayList<>();
			many.forEach((one) -> parts.add((kind == Steps.FieldKind.COLLEAGUES || kind == null)
					? this.names.apply(String.valueOf(one)) : String.valueOf(one)));
			return String.join("、", parts);
		}
		String text = String.valueOf(value);
		if (kind == Steps.FieldKind.STAFF_MEMBER) {
			return this.names.apply(text);
		}
		return words("field." + code + "." + text, text);
	}

	private String materialName(String code) {
		return Optional.ofNullable(this.item)
			.flatMap((known) -> known.material(code))
			.map((material) -> material.name(getLocale()))
			.orElse(code);
	}

	private String words(String key, String fallback) {
		return Words.orElse(this, key, fallback);
	}

}
