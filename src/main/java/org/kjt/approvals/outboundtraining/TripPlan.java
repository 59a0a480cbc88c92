package org.kjt.approvals.outboundtraining;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kjt.approvals.base.DomainException;

/**
 * A trip as the form describes it, and the rules a key project's sign-off checks: key
 * talent programmes of 14/21/30/60 days, groups of 3-5, participants aged 55 or under;
 * the budget per person per day. The limits of temporary official trips (at most 6 people
 * and 3 countries, 5/8/10 days for 1/2/3 countries counting departure and return) bind an
 * official trip ({@code OFFICIAL}, domain-rules §3) and are only advisory notes on a
 * training plan.
 */
record TripPlan(String projectType, List<Stop> stops, List<Participant> participants, BigDecimal budgetCny,
		LocalDate departure, LocalDate returnDate, long days, BigDecimal perPersonPerDay) {

	static final int MAX_GROUP = 6;

	static final int MAX_COUNTRIES = 3;

	static final Map<Integer, Integer> MAX_DAYS = Map.of(1, 5, 2, 8, 3, 10);

	static final Set<Long> KEY_DURATIONS = Set.of(14L, 21L, 30L, 60L);

	static final int KEY_MIN_GROUP = 3;

	static final int KEY_MAX_GROUP = 5;

	static final int KEY_MAX_AGE = 55;

	static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

	record Stop(String country, LocalDate from, LocalDate to) {
	}

	record Participant(String name, String post, String unit, int age) {
	}

	/**
	 * A broken rule: the message key with the value found and the limit.
	 *
	 * @param field the form field
	 * @param key message key
	 * @param value the value found
	 * @param limit the limit
	 */
	record Breach(String field, String key, Object value, Object limit) {
	}

	/** The type of an official trip, which has no project type on its form. */
	static final String OFFICIAL = "OFFICIAL";

	/**
	 * A case's trip, read as its item's form.
	 * @param item service item code
	 * @param form the form
	 * @return the trip
	 */
	static TripPlan of(String item, Map<String, Object> form) {
		return OfficialTripRules.ITEM.equals(item) ? official(form) : parse(form);
	}

	/** A training project's plan. */
	static TripPlan parse(Map<String, Object> form) {
		String type = text(form, "projectType").toUpperCase(Locale.ROOT);
		if (!type.equals("GENERAL") && !type.equals("KEY")) {
			throw DomainException.invalid("projectType", "outbound.error.projectType", type);
		}
		if (type.equals("KEY") && blank(form.get("programmeName"))) {
			throw DomainException.invalid("programmeName", "outbound.error.required", "programmeName");
		}
		return parse(type, form);
	}

	/** An official trip's plan. */
	static TripPlan official(Map<String, Object> form) {
		return parse(OFFICIAL, form);
	}

	private static TripPlan parse(String type, Map<String, Object> form) {
		List<Stop> stops = new ArrayList<>();
		for (String part : text(form, "itinerary").split("[;;\\n]+")) {
			if (part.isBlank()) {
				continue;
			}
			String[] bits = part.strip().split("[:：]");
			if (bits.length != 3) {
				throw DomainException.invalid("itinerary", "outbound.error.itinerary", part.strip());
			}
			String country = bits[0].strip().toUpperCase(Locale.ROOT);
			if (!COUNTRIES.contains(country) || "CHN".equals(country)) {
				throw DomainException.invalid("itinerary", "outbound.error.country", country);
			}
			LocalDate from = date("itinerary", bits[1]);
			LocalDate to = date("itinerary", bits[2]);
			if (to.isBefore(from)) {
				throw DomainException.invalid("itinerary", "outbound.error.stopDates", part.strip());
			}
			stops.add(new Stop(country, from, to));
		}
		if (stops.isEmpty()) {
			throw DomainException.invalid("itinerary", "outbound.error.required", "itinerary");
		}
		List<Participant> participants = new ArrayList<>();
		for (String part : text(form, "participants").split("[;;\\n]+")) {
			if (part.isBlank()) {
				continue;
			}
			String[] bits = part.strip().split("\\|");
			if (bits.length != 4 || bits[0].isBlank()) {
				throw DomainException.invalid("participants", "outbound.error.participant", part.strip());
			}
			int age;
			try {
				age = Integer.parseInt(bits[3].strip());
			}
			catch (NumberFormatException ex) {
				throw DomainException.invalid("participants", "outbound.error.participant", part.strip());
			}
			if (age < 18 || age > 100) {
				throw DomainException.invalid("participants", "outbound.error.participant", part.strip());
			}
			participants.add(new Participant(bits[0].strip(), bits[1].strip(), bits[2].strip(), age));
		}
		if (participants.isEmpty()) {
			throw DomainException.invalid("participants", "outbound.error.required", "participants");
		}
		BigDecimal budget;
		try {
			budget = new BigDecimal(text(form, "budgetCny"));
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("budgetCny", "outbound.error.budget");
		}
		if (budget.signum() < 0 || budget.compareTo(new BigDecimal("100000000")) > 0) {
			throw DomainException.invalid("budgetCny", "outbound.error.budget");
		}
		LocalDate departure = stops.stream().map(Stop::from).min(LocalDate::compareTo).orElseThrow();
		LocalDate back = stops.stream().map(Stop::to).max(LocalDate::compareTo).orElseThrow();
		long days = ChronoUnit.DAYS.between(departure, back) + 1;
		BigDecimal perDay = budget.divide(BigDecimal.valueOf(participants.size() * days), 0, RoundingMode.HALF_UP);
		return new TripPlan(type, List.copyOf(stops), List.copyOf(participants), budget, departure, back, days, perDay);
	}

	int groupSize() {
		return this.participants.size();
	}

	Set<String> countries() {
		Set<String> countries = new LinkedHashSet<>();
		this.stops.forEach((stop) -> countries.add(stop.country()));
		return countries;
	}

	/**
	 * The rules that bind this trip, each broken one with the value found and the limit:
	 * only a key project's (the key-programme rules and the budget per person per day). A
	 * general project is filed or checked for completeness, never refused on a rule.
	 */
	List<Breach> breaches(BigDecimal maxPerPersonPerDay) {
		List<Breach> breaches = new ArrayList<>();
		if (OFFICIAL.equals(this.projectType)) {
			return tripLimits("outbound.rule.trip");
		}
		if (!"KEY".equals(this.projectType)) {
			return breaches;
		}
		if (!KEY_DURATIONS.contains(this.days)) {
			breaches.add(new Breach("itinerary", "outbound.rule.keyDuration", this.days, "14/21/30/60"));
		}
		if (groupSize() < KEY_MIN_GROUP || groupSize() > KEY_MAX_GROUP) {
			breaches.add(new Breach("participants", "outbound.rule.keyGroup", groupSize(),
					KEY_MIN_GROUP + "–" + KEY_MAX_GROUP));
		}
		this.participants.stream()
			.filter((participant) -> participant.age() > KEY_MAX_AGE)
			.forEach((participant) -> breaches.add(new Breach("participants", "outbound.rule.keyAge",
					participant.name() + " " + participant.age(), KEY_MAX_AGE)));
		if (this.perPersonPerDay.compareTo(maxPerPersonPerDay) > 0) {
			breaches.add(new Breach("budgetCny", "outbound.rule.budget", this.perPersonPerDay, maxPerPersonPerDay));
		}
		return breaches;
	}

	/**
	 * Notes for a general project's unit, never a refusal: the limits of temporary
	 * official trips (at most 6 people and 3 countries, 5/8/10 days) are not training
	 * rules (domain-rules §3), and the budget per person per day is the department's own
	 * reference. A key project has the key-programme rules instead.
	 */
	List<Breach> advisories(BigDecimal maxPerPersonPerDay) {
		List<Breach> notes = new ArrayList<>();
		if ("KEY".equals(this.projectType)) {
			return notes;
		}
		if (!OFFICIAL.equals(this.projectType)) {
			notes.addAll(tripLimits("outbound.advice"));
		}
		if (this.perPersonPerDay.compareTo(maxPerPersonPerDay) > 0) {
			notes.add(new Breach("budgetCny",
					OFFICIAL.equals(this.projectType) ? "outbound.advice.tripBudget" : "outbound.advice.budget",
					this.perPersonPerDay, maxPerPersonPerDay));
		}
		return notes;
	}

	/**
	 * The limits of a temporary official trip, each exceeded one under the message keys
	 * {@code <prefix>.countries}, {@code .group} and {@code .days}. Over three countries
	 * the three-country limit of days applies as well.
	 */
	private List<Breach> tripLimits(String prefix) {
		List<Breach> found = new ArrayList<>();
		int countries = countries().size();
		if (countries > MAX_COUNTRIES) {
			found.add(new Breach("itinerary", prefix + ".countries", countries, MAX_COUNTRIES));
		}
		if (groupSize() > MAX_GROUP) {
			found.add(new Breach("participants", prefix + ".group", groupSize(), MAX_GROUP));
		}
		int maxDays = MAX_DAYS.get(Math.min(countries, MAX_COUNTRIES));
		if (this.days > maxDays) {
			found.add(new Breach("itinerary", prefix + ".days", this.days, maxDays));
		}
		return found;
	}

	private static boolean blank(Object value) {
		return value == null || value.toString().isBlank();
	}

	static String text(Map<String, Object> form, String field) {
		Object value = form.get(field);
		if (blank(value)) {
			throw DomainException.invalid(field, "outbound.error.required", field);
		}
		return value.toString().strip();
	}

	static LocalDate date(String field, String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid(field, "outbound.error.date", value.strip());
		}
	}

}
