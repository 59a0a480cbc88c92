package org.kjt.approvals.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** The application form of a case: checked as entered, stored as JSON, read back. */
@Component
class CaseForms {

	private static final int MAX_FIELD_LENGTH = 2000;

	private final JsonMapper json = JsonMapper.builder().build();

	Map<String, Object> form(CaseFile file) {
		if (file.getFormJson() == null || file.getFormJson().isBlank()) {
			return Map.of();
		}
		return this.json.readValue(file.getFormJson(), new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

	String toJson(Map<String, Object> form) {
		return this.json.writeValueAsString(form);
	}

	/**
	 * Only the item's declared fields, each within bounds: an unknown key is refused,
	 * named, and nothing is stored.
	 */
	Map<String, Object> check(ServiceItem item, @Nullable Map<String, Object> form) {
		Map<String, Object> checked = new LinkedHashMap<>();
		if (form == null) {
			return checked;
		}
		Set<String> declared = item.formFields().stream().map(ServiceItem.FormField::code).collect(Collectors.toSet());
		form.forEach((key, value) -> {
			if (key == null || !declared.contains(key)) {
				throw DomainException.invalid("form", "case.error.formField", String.valueOf(key));
			}
			if (value != null && value.toString().length() > MAX_FIELD_LENGTH) {
				throw DomainException.invalid(key, "case.error.fieldTooLong", key, MAX_FIELD_LENGTH);
			}
			checked.put(key, value);
		});
		return checked;
	}

	/**
	 * What the applicant entered: values the system derives are never taken from them.
	 */
	static Map<String, Object> entered(ServiceItem item, Map<String, Object> form) {
		item.formFields().stream().filter(ServiceItem.FormField::derived).forEach((field) -> form.remove(field.code()));
		return form;
	}

}
