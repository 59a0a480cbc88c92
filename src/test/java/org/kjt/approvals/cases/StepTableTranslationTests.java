package org.kjt.approvals.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kjt.approvals.base.Translations;
import org.kjt.approvals.support.ApprovalsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything the step tables make staff see has its words in both languages: each step's
 * name, each outcome's label, each field's label and choices, and each field's error
 * message (the task form and the refusals are drawn from the tables).
 */
@ApprovalsTest
class StepTableTranslationTests {

	@Autowired
	CaseProcesses processes;

	@Autowired
	MessageSource messages;

	@Test
	void everyStepOutcomeAndFieldHasItsWords() {
		Set<String> keys = new LinkedHashSet<>();
		for (CaseRules rules : this.processes.all()) {
			for (Steps.Step step : rules.steps().all()) {
				keys.add("step." + step.id());
				for (Steps.Outcome outcome : step.outcomes()) {
					keys.add("outcome." + step.id() + "." + outcome.code());
					for (Steps.Field field : outcome.fields()) {
						keys.add(field.errorKey());
						if (field.kind() != Steps.FieldKind.MATERIALS) {
							keys.add("field." + field.code());
						}
						field.choices().forEach((choice) -> keys.add("field." + field.code() + "." + choice));
					}
				}
			}
		}
		assertThat(keys).hasSizeGreaterThan(50);
		List<String> missing = new ArrayList<>();
		for (Locale locale : Translations.LOCALES) {
			for (String key : keys) {
				if (this.messages.getMessage(key, null, null, locale) == null) {
					missing.add(locale + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

}
