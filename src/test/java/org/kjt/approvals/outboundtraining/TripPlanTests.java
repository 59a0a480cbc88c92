package org.kjt.approvals.outboundtraining;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule checks before anyone signs, at every edge: key-programme rules bind key
 * projects; the temporary-trip limits are only notes, for every project.
 */
class TripPlanTests {

	static final BigDecimal MAX_PER_DAY = new BigDecimal("3000");

	static TripPlan plan(String type, String itinerary, int people, int age, String budget) {
		Map<String, Object> form = new HashMap<>();
		form.put("projectType", type);
		form.put("programmeName", "计划");
		form.put("itinerary", itinerary);
		StringBuilder participants = new StringBuilder();
		for (int i = 0; i < people; i++) {
			participants.append("成员").append(i).append("|职务|单位|").append(age).append(';');
		}
		form.put("participants", participants.toString());
		form.put("budgetCny", budget);
		return TripPlan.parse(form);
	}

	static List<String> breaches(String type, String itinerary, int people, int age, String budget) {
		return plan(type, itinerary, people, age, budget).breaches(MAX_PER_DAY)
			.stream()
			.map(TripPlan.Breach::key)
			.toList();
	}

	static List<String> notes(String type, String itinerary, int people, int age, String budget) {
		return plan(type, itinerary, people, age, budget).advisories(MAX_PER_DAY)
			.stream()
			.map(TripPlan.Breach::key)
			.toList();
	}

	@Test
	void temporaryTripDaysPerNumberOfCountriesAreNotesOnly() {
		String type = "GENERAL";
		assertThat(notes(type, "DEU:2027-03-01:2027-03-05", 3, 40, "0")).as(type).isEmpty();
		assertThat(notes(type, "DEU:2027-03-01:2027-03-06", 3, 40, "0")).as(type)
			.containsExactly("outbound.advice.days");
		assertThat(notes(type, "DEU:2027-03-01:2027-03-04;FRA:2027-03-05:2027-03-08", 3, 40, "0")).as(type).isEmpty();
		assertThat(notes(type, "DEU:2027-03-01:2027-03-04;FRA:2027-03-05:2027-03-09", 3, 40, "0")).as(type)
			.containsExactly("outbound.advice.days");
		assertThat(notes(type, "DEU:2027-03-01:2027-03-03;FRA:2027-03-04:2027-03-06;ITA:2027-03-07:2027-03-10", 3, 40,
				"0"))
			.as(type)
			.isEmpty();
		assertThat(notes(type, "DEU:2027-03-01:2027-03-03;FRA:2027-03-04:2027-03-06;ITA:2027-03-07:2027-03-11", 3, 40,
				"0"))
			.as(type)
			.containsExactly("outbound.advice.days");
		assertThat(notes(type,
				"DEU:2027-03-01:2027-03-02;FRA:2027-03-03:2027-03-04;ITA:2027-03-05:2027-03-06;ESP:2027-03-07:2027-03-08",
				3, 40, "0"))
			.as(type)
			.contains("outbound.advice.countries");
		// A key project has the key-programme rules instead: no such notes.
		assertThat(notes("KEY", "DEU:2027-03-01:2027-03-07;FRA:2027-03-08:2027-03-14", 5, 40, "0")).isEmpty();
		// None of them binds a general project.
		assertThat(breaches("GENERAL",
				"DEU:2027-03-01:2027-03-05;FRA:2027-03-06:2027-03-10;ITA:2027-03-11:2027-03-15;ESP:2027-03-16:2027-03-20",
				9, 70, "9000000"))
			.isEmpty();
	}

	@Test
	void groupOfSixIsANoteAndTheBudgetBindsOnlyKeyProjects() {
		assertThat(notes("GENERAL", "DEU:2027-03-01:2027-03-05", 6, 40, "0")).isEmpty();
		assertThat(notes("GENERAL", "DEU:2027-03-01:2027-03-05", 7, 40, "0")).containsExactly("outbound.advice.group");
		// 3 people × 5 days × 3000 = 45 000 is the reference.
		assertThat(notes("GENERAL", "DEU:2027-03-01:2027-03-05", 3, 40, "45000")).isEmpty();
		assertThat(notes("GENERAL", "DEU:2027-03-01:2027-03-05", 3, 40, "45100"))
			.containsExactly("outbound.advice.budget");
		assertThat(breaches("GENERAL", "DEU:2027-03-01:2027-03-05", 3, 40, "45100")).isEmpty();
		// 3 people × 14 days × 3000 = 126 000 binds a key project.
		assertThat(breaches("KEY", "JPN:2027-03-01:2027-03-14", 3, 40, "126000")).isEmpty();
		assertThat(breaches("KEY", "JPN:2027-03-01:2027-03-14", 3, 40, "126100"))
			.containsExactly("outbound.rule.budget");
		assertThat(notes("KEY", "JPN:2027-03-01:2027-03-14", 3, 40, "126100")).isEmpty();
	}

	@Test
	void keyProgrammesDurationGroupAndAge() {
		for (String end : List.of("2027-03-14", "2027-03-21", "2027-03-30", "2027-04-29")) {
			assertThat(breaches("KEY", "JPN:2027-03-01:" + end, 3, 55, "0")).as(end).isEmpty();
		}
		assertThat(breaches("KEY", "JPN:2027-03-01:2027-03-15", 3, 55, "0"))
			.containsExactly("outbound.rule.keyDuration");
		assertThat(breaches("KEY", "JPN:2027-03-01:2027-03-14", 2, 40, "0")).containsExactly("outbound.rule.keyGroup");
		assertThat(breaches("KEY", "JPN:2027-03-01:2027-03-14", 5, 40, "0")).isEmpty();
		assertThat(breaches("KEY", "JPN:2027-03-01:2027-03-14", 6, 40, "0")).containsExactly("outbound.rule.keyGroup");
		assertThat(breaches("KEY", "JPN:2027-03-01:2027-03-14", 3, 56, "0")).containsOnly("outbound.rule.keyAge");
	}

}
