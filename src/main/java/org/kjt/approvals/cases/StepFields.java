package org.kjt.approvals.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.Role;

import org.springframework.stereotype.Component;

/**
 * Checks the fields of an outcome against the step table: every rule about a field's
 * presence, length, choices, dates, checklist items and staff pickers is here once.
 */
@Component
class StepFields {

	private final Accounts accounts;

	StepFields(Accounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * The outcome's fields as entered, checked and cleaned.
	 * @return field code → value (null where a field does not apply or is left empty)
	 */
	Map<String, @Nullable Object> check(Steps.Outcome outcome, Map<String, Object> input, AppUser actor,
			String departmentCode, ServiceItem item) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		for (Steps.Field field : outcome.fields()) {
			Steps.Condition when = field.when();
			if (when != null && !when.value().equals(plain(input.get(when.field())))) {
				values.put(field.code(), null);
				continue;
			}
			Object raw = input.get(field.code());
			values.put(field.code(), switch (field.kind()) {
				case TEXT, AREA -> text(field, raw);
				case DATE -> date(field, raw);
				case CHOICE -> choice(field, raw);
				case MATERIALS -> materials(field, raw, item);
				case COLLEAGUES -> colleagues(field, raw, actor);
				case STAFF_MEMBER -> staffMember(field, raw, departmentCode);
			});
		}
		return values;
	}

	private static @Nullable String text(Steps.Field field, @Nullable Object raw) {
		String text = plain(raw);
		if (text.isEmpty()) {
			if (field.required()) {
				throw DomainException.invalid(field.code(), "task.error.required", field.code());
			}
			return null;
		}
		if (text.length() > Steps.MAX_TEXT) {
			throw DomainException.invalid(field.code(), "case.error.fieldTooLong", field.code(), Steps.MAX_TEXT);
		}
		return text;
	}

	private static @Nullable String date(Steps.Field field, @Nullable Object raw) {
		String text = text(field, raw);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text).toString();
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid(field.code(), field.errorKey(), text);
		}
	}

	private static @Nullable String choice(Steps.Field field, @Nullable Object raw) {
		if (field.anyText()) {
			return text(field, raw);
		}
		String text = plain(raw);
		if (text.isEmpty() && !field.required()) {
			return null;
		}
		if (!field.choices().contains(text)) {
			throw DomainException.invalid(field.code(), field.errorKey(), field.code(),
					String.join(", ", field.choices()));
		}
		return text;
	}

	/** Every item listed with the problem found; only the item's own checklist. */
	private static @Nullable Map<String, String> materials(Steps.Field field, @Nullable Object raw, ServiceItem item) {
		Map<String, String> items = new LinkedHashMap<>();
		if (raw instanceof Map<?, ?> map) {
			map.forEach((code, problem) -> {
				String material = String.valueOf(code);
				if (item.material(material).isEmpty()) {
					throw DomainException.invalid(field.code(), "case.error.unknownMaterial", material);
				}
				String text = plain(problem);
				if (text.isEmpty()) {
					throw DomainException.invalid(field.code() + "." + material, "task.error.required",
							field.code() + "." + material);
				}
				if (text.length() > Steps.MAX_TEXT) {
					throw DomainException.invalid(field.code() + "." + material, "case.error.fieldTooLong",
							field.code() + "." + material, Steps.MAX_TEXT);
				}
				items.put(material, text);
			});
		}
		if (items.size() < field.min()) {
			if (!field.required() && items.isEmpty()) {
				return null;
			}
			throw DomainException.invalid(field.code(), field.errorKey());
		}
		return items;
	}

	/**
	 * Staff of the actor's own division other than its head and the leaders (e.g. the two
	 * inspectors of Art. 34).
	 */
	private List<String> colleagues(Steps.Field field, @Nullable Object raw, AppUser actor) {
		Set<String> names = new LinkedHashSet<>();
		if (raw instanceof Collection<?> collection) {
			collection.forEach((name) -> names.add(plain(name)));
		}
		names.remove("");
		if (names.size() < field.min()) {
			throw DomainException.invalid(field.code(), field.errorKey(), field.code(), field.min());
		}
		for (String name : names) {
			AppUser colleague = this.accounts.findActive(name)
				.filter((user) -> user.isStaff() && actor.departmentCode().equals(user.departmentCode())
						&& actor.divisionCode().equals(user.divisionCode()))
				.orElseThrow(() -> DomainException.invalid(field.code(), "task.error.inspector", name));
			if (colleague.has(Role.DIVISION_HEAD) || colleague.has(Role.LEADER)) {
				// The head signs the decision the inspection supports: not its own check.
				throw DomainException.invalid(field.code(), "task.error.inspectorSigns", name);
			}
		}
		return List.copyOf(names);
	}

	/** One member of staff of the case's department. */
	private @Nullable String staffMember(Steps.Field field, @Nullable Object raw, String departmentCode) {
		String name = text(field, raw);
		if (name == null) {
			return null;
		}
		return this.accounts.findActive(name)
			.filter((user) -> user.isStaff() && departmentCode.equals(user.departmentCode()))
			.map(AppUser::username)
			.orElseThrow(() -> DomainException.invalid(field.code(), field.errorKey(), name));
	}

	private static String plain(@Nullable Object value) {
		return (value != null) ? value.toString().strip() : "";
	}

}
