package org.kjt.approvals.cases.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.kjt.approvals.cases.FormAssist;

/**
 * A form field edited as a table of rows (a trip's itinerary, its participants), one
 * input per cell, rows added and removed; its value is the text the item's rules read
 * (rows by {@code ;}, cells by the table's separator).
 */
public class TableInput extends CustomField<String> {

	private static final Pattern ROWS = Pattern.compile("[;；\\n]+");

	private final FormAssist.Table table;

	private final String fieldId;

	private final Div rows = new Div();

	private final List<List<HasValue<?, ?>>> cells = new ArrayList<>();

	/**
	 * Numbers rows for their ids; never reused, so a removed row's id is not given again.
	 */
	private int rowsMade;

	/**
	 * @param label the field's label
	 * @param fieldId prefix of the ids of its rows and cells
	 * @param table its columns and separator
	 */
	public TableInput(String label, String fieldId, FormAssist.Table table) {
		this.table = table;
		this.fieldId = fieldId;
		setLabel(label);
		this.rows.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
		Button add = new Button(getTranslation("table.addRow"), VaadinIcon.PLUS.create(), (click) -> {
			addRow(List.of());
			updateValue();
		});
		add.setId(fieldId + "-add");
		add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		add(this.rows, add);
		addRow(List.of());
	}

	private void addRow(List<String> values) {
		int index = this.rowsMade++;
		Div row = new Div();
		row.setId(this.fieldId + "-row-" + index);
		row.getStyle()
			.set("display", "flex")
			.set("flex-wrap", "wrap")
			.set("gap", "var(--lumo-space-s)")
			.set("align-items", "baseline");
		List<HasValue<?, ?>> inputs = new ArrayList<>();
		List<FormAssist.Column> columns = this.table.columns();
		for (int column = 0; column < columns.size(); column++) {
			FormAssist.Column spec = columns.get(column);
			String value = (column < values.size()) ? values.get(column).strip() : "";
			Component input = cell(spec, value);
			input.setId(this.fieldId + "-" + index + "-" + column);
			inputs.add((HasValue<?, ?>) input);
			((HasValue<?, ?>) input).addValueChangeListener((event) -> updateValue());
			row.add(input);
		}
		Button remove = new Button(VaadinIcon.TRASH.create(), (click) -> {
			int at = this.cells.indexOf(inputs);
			this.cells.remove(inputs);
			this.rows.remove(row);
			if (at >= 0) {
				updateValue();
			}
		});
		remove.setAriaLabel(getTranslation("table.removeRow"));
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
		row.add(remove);
		this.cells.add(inputs);
		this.rows.add(row);
	}

	private Component cell(FormAssist.Column spec, String value) {
		String label = getTranslation(spec.label());
		switch (spec.kind()) {
			case DATE -> {
				DatePicker date = new DatePicker(label);
				date.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
				date.setWidth("11em");
				try {
					date.setValue(value.isEmpty() ? null : LocalDate.parse(value));
				}
				catch (DateTimeParseException ex) {
					// Left empty: the rules say what is wrong on saving.
				}
				return date;
			}
			case NUMBER -> {
				IntegerField number = new IntegerField(label);
				number.setWidth("6em");
				try {
					number.setValue(value.isEmpty() ? null : Integer.valueOf(value));
				}
				catch (NumberFormatException ex) {
					// Left empty.
				}
				return number;
			}
			default -> {
				TextField text = new TextField(label);
				text.setValue(value);
				text.setMaxLength(200);
				text.setWidth("10em");
				return text;
			}
		}
	}

	/** As the rules read it: a colon may be typed full-width too. */
	private String cellSeparator() {
		return ":".equals(this.table.separator()) ? "[:：]" : Pattern.quote(this.table.separator());
	}

	@Override
	protected String generateModelValue() {
		List<String> lines = new ArrayList<>();
		for (List<HasValue<?, ?>> row : this.cells) {
			List<String> values = new ArrayList<>();
			boolean any = false;
			for (HasValue<?, ?> input : row) {
				Object value = input.getValue();
				String text = (value != null) ? value.toString().strip() : "";
				any |= !text.isEmpty();
				values.add(text);
			}
			if (any) {
				lines.add(String.join(this.table.separator(), values));
			}
		}
		return String.join(";", lines);
	}

	@Override
	protected void setPresentationValue(String value) {
		this.cells.clear();
		this.rows.removeAll();
		String text = (value != null) ? value : "";
		for (String line : ROWS.split(text)) {
			if (!line.isBlank()) {
				addRow(List.of(line.split(cellSeparator(), -1)));
			}
		}
		if (this.cells.isEmpty()) {
			addRow(List.of());
		}
	}

}
