package org.kjt.approvals.workpermit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;

/**
 * A work-permit application form as checked at submission: every refusal names its field.
 */
record WorkPermitApplication(String holderName, String nationality, String passportNumber, LocalDate passportExpiry,
		LocalDate dateOfBirth, int age, LocalDate contractStart, LocalDate contractEnd, boolean shortTerm,
		@Nullable LocalDate criminalRecordIssuedOn, String post, String workAddress, String previousPermitNumber,
		PointsInput points, @Nullable CategoryCGround cGround, @Nullable InCountryBasis inCountry) {

	/** The work of at most this many days is short-term (5-day limit). */
	static final int SHORT_TERM_DAYS = 90;

	/** The criminal-record certificate must be issued less than this many months ago. */
	static final int CRIMINAL_RECORD_MONTHS = 6;

	static final Set<String> NATIONALITIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

	static WorkPermitApplication parse(Map<String, Object> form, LocalDate today) {
		String name = text(form, "holderName", 100);
		if (!name.matches("[\\p{L}][\\p{L} .'\\-]*")) {
			throw DomainException.invalid("holderName", "workpermit.error.holderName");
		}
		String nationality = text(form, "nationality", 3).toUpperCase(Locale.ROOT);
		if (!NATIONALITIES.contains(nationality)) {
			throw DomainException.invalid("nationality", "workpermit.error.nationality", nationality);
		}
		if ("CHN".equals(nationality)) {
			throw DomainException.invalid("nationality", "workpermit.error.chinese");
		}
		String passport = text(form, "passportNumber", 20).toUpperCase(Locale.ROOT);
		if (!passport.matches("[A-Z0-9]{5,20}")) {
			throw DomainException.invalid("passportNumber", "workpermit.error.passportNumber");
		}
		LocalDate birth = date(form, "dateOfBirth");
		if (!birth.isBefore(today)) {
			throw DomainException.invalid("dateOfBirth", "workpermit.error.dateOfBirth");
		}
		int age = Period.between(birth, today).getYears();
		if (age < 18) {
			throw DomainException.invalid("dateOfBirth", "workpermit.error.age");
		}
		LocalDate start = date(form, "contractStart");
		LocalDate end = date(form, "contractEnd");
		if (!end.isAfter(start)) {
			throw DomainException.invalid("contractEnd", "workpermit.error.contractPeriod");
		}
		if (!end.isAfter(today)) {
			throw DomainException.invalid("contractEnd", "workpermit.error.contractEnded");
		}
		LocalDate passportExpiry = date(form, "passportExpiry");
		if (passportExpiry.isBefore(end)) {
			throw DomainException.invalid("passportExpiry", "workpermit.error.passportExpiry", passportExpiry, end);
		}
		boolean shortTerm = bool(form, "shortTerm");
		long days = ChronoUnit.DAYS.between(start, end) + 1;
		if (shortTerm != (days <= SHORT_TERM_DAYS)) {
			throw DomainException.invalid("shortTerm", "workpermit.error.shortTerm", days);
		}
		// Work of 90 days or less is applied for on fewer materials: no criminal record.
		LocalDate certificate = (shortTerm && optional(form, "criminalRecordIssuedOn") == null) ? null
				: date(form, "criminalRecordIssuedOn");
		if (certificate != null && certificate.isAfter(today)) {
			throw DomainException.invalid("criminalRecordIssuedOn", "workpermit.error.futureDate");
		}
		if (certificate != null && !certificate.isAfter(today.minusMonths(CRIMINAL_RECORD_MONTHS))) {
			throw DomainException.invalid("criminalRecordIssuedOn", "workpermit.error.criminalRecordTooOld",
					certificate, CRIMINAL_RECORD_MONTHS);
		}
		String ground = optional(form, "cGround");
		InCountryBasis inCountry = null;
		if (bool(form, "inCountry")) {
			String basis = optional(form, "inCountryBasis");
			if (basis == null) {
				throw DomainException.invalid("inCountryBasis", "workpermit.error.required", "inCountryBasis");
			}
			inCountry = InCountryBasis.parse(basis);
		}
		String post = text(form, "post", 200);
		String address = text(form, "workAddress", 500);
		Object previous = form.get("previousPermitNumber");
		String previousNumber = (previous != null && !previous.toString().isBlank()) ? previous.toString().strip()
				: null;
		return new WorkPermitApplication(name, nationality, passport, passportExpiry, birth, age, start, end, shortTerm,
				certificate, post, address, previousNumber, points(form, age),
				(ground != null) ? CategoryCGround.parse(ground) : null, inCountry);
	}

	/**
	 * The points input alone, for the live score while the form is filled in; the age
	 * comes from the date of birth.
	 */
	static PointsInput points(Map<String, Object> form, int age) {
		return new PointsInput(decimal(form, "annualSalaryCny"), optional(form, "education"),
				integer(form, "experienceYears"), integer(form, "monthsPerYear"), integer(form, "hskLevel"),
				optional(form, "workLocation"), age, bonuses(form.get("bonuses")), integer(form, "provincialBonus"),
				bool(form, "listedHighEndTalent"), bool(form, "ageExempt"));
	}

	static LocalDate date(Map<String, Object> form, String field) {
		Object value = form.get(field);
		if (value == null || value.toString().isBlank()) {
			throw DomainException.invalid(field, "workpermit.error.required", field);
		}
		try {
			return LocalDate.parse(value.toString().strip());
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid(field, "workpermit.error.date", field, value);
		}
	}

	static String text(Map<String, Object> form, String field, int max) {
		Object value = form.get(field);
		if (value == null || value.toString().isBlank()) {
			throw DomainException.invalid(field, "workpermit.error.required", field);
		}
		String text = value.toString().strip();
		if (text.length() > max) {
			throw DomainException.invalid(field, "workpermit.error.tooLong", field, max);
		}
		return text;
	}

	private static String optional(Map<String, Object> form, String field) {
		Object value = form.get(field);
		return (value == null || value.toString().isBlank()) ? null : value.toString().strip();
	}

	private static Integer integer(Map<String, Object> form, String field) {
		String value = optional(form, field);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value).intValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw DomainException.invalid(field, "workpermit.error.number", field, value);
		}
	}

	private static BigDecimal decimal(Map<String, Object> form, String field) {
		String value = optional(form, field);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid(field, "workpermit.error.number", field, value);
		}
	}

	static boolean bool(Map<String, Object> form, String field) {
		Object value = form.get(field);
		return value != null && ("true".equalsIgnoreCase(value.toString().strip()) || "1".equals(value.toString()));
	}

	private static Set<String> bonuses(Object value) {
		Set<String> bonuses = new LinkedHashSet<>();
		if (value instanceof Collection<?> collection) {
			collection.forEach((entry) -> bonuses.add(entry.toString().strip()));
		}
		else if (value != null && !value.toString().isBlank()) {
			for (String entry : value.toString().split("[,,\\s]+")) {
				if (!entry.isBlank()) {
					bonuses.add(entry.strip());
				}
			}
		}
		return bonuses;
	}

}
