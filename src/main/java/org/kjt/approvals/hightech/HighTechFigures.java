package org.kjt.approvals.hightech;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.kjt.approvals.base.DomainException;

/**
 * An enterprise's figures as the recognition rules read them (国科发火〔2016〕32号 Art. 11), and
 * the hard conditions they must meet: registered at least one year; at least one own
 * intellectual property; S&T staff at least 10 % of the staff; R&D expenses of the last
 * three years at least 5 %, 4 % or 3 % of sales by the latest year's sales (up to 50
 * million yuan, up to 200 million, above); high-tech products' revenue at least 60 % of
 * the latest year's total income. Amounts in 万元.
 *
 * @param registeredOn date of registration
 * @param years each year's sales and R&D expenses, latest first
 * @param highTechRevenue latest year's revenue from high-tech products and services
 * @param totalIncome latest year's total income
 * @param staff total staff
 * @param scienceStaff S&T staff
 * @param intellectualProperty own IP: kind, number, title
 */
record HighTechFigures(LocalDate registeredOn, List<Year> years, BigDecimal highTechRevenue, BigDecimal totalIncome,
		int staff, int scienceStaff, List<String[]> intellectualProperty) {

	/** 5 000 万元 and 2 亿元: the sales bands of the R&D ratio. */
	static final BigDecimal SMALL = new BigDecimal("5000");

	static final BigDecimal MEDIUM = new BigDecimal("20000");

	static final BigDecimal HIGH_TECH_SHARE = new BigDecimal("0.60");

	static final BigDecimal SCIENCE_STAFF_SHARE = new BigDecimal("0.10");

	/**
	 * One accounting year.
	 *
	 * @param year the year
	 * @param sales sales revenue
	 * @param rdExpense R&D expenses
	 */
	record Year(int year, BigDecimal sales, BigDecimal rdExpense) {
	}

	/**
	 * A hard condition and whether it is met.
	 *
	 * @param code condition code (its message key {@code hightech.condition.<code>})
	 * @param field the form field it concerns
	 * @param met whether it is met
	 * @param arguments the figures to show
	 */
	record Condition(String code, String field, boolean met, Object... arguments) {
	}

	/**
	 * Reads the figures from the form; refuses a figure that is missing or malformed,
	 * naming the field.
	 * @param form the form
	 * @return the figures
	 */
	static HighTechFigures parse(Map<String, Object> form) {
		LocalDate registered;
		try {
			registered = LocalDate.parse(text(form, "registeredOn"));
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid("registeredOn", "hightech.error.date", text(form, "registeredOn"));
		}
		List<Year> years = new ArrayList<>();
		for (String row : rows(text(form, "finances"))) {
			String[] cells = row.split("\\|", -1);
			if (cells.length != 3) {
				throw DomainException.invalid("finances", "hightech.error.financeRow", row);
			}
			try {
				years.add(new Year(Integer.parseInt(cells[0].strip()), amount("finances", cells[1]),
						amount("finances", cells[2])));
			}
			catch (NumberFormatException ex) {
				throw DomainException.invalid("finances", "hightech.error.financeRow", row);
			}
		}
		if (years.isEmpty() || years.size() > 3) {
			throw DomainException.invalid("finances", "hightech.error.financeYears");
		}
		if (years.stream().map(Year::year).distinct().count() != years.size()) {
			throw DomainException.invalid("finances", "hightech.error.financeYears");
		}
		years.sort(Comparator.comparingInt(Year::year).reversed());
		List<String[]> ip = new ArrayList<>();
		for (String row : rows(String.valueOf(form.getOrDefault("ipList", "")))) {
			String[] cells = row.split("\\|", -1);
			if (cells.length != 3 || cells[0].isBlank() || cells[1].isBlank() || cells[2].isBlank()) {
				throw DomainException.invalid("ipList", "hightech.error.ipRow", row);
			}
			ip.add(new String[] { cells[0].strip(), cells[1].strip(), cells[2].strip() });
		}
		return new HighTechFigures(registered, List.copyOf(years),
				amount("highTechRevenue", text(form, "highTechRevenue")),
				amount("totalIncome", text(form, "totalIncome")), count(form, "staffCount"),
				count(form, "scienceStaffCount"), List.copyOf(ip));
	}

	/**
	 * The R&D expense ratio over the years given.
	 * @return R&D expenses divided by sales, 4 decimals
	 */
	BigDecimal rdRatio() {
		BigDecimal sales = this.years.stream().map(Year::sales).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal rd = this.years.stream().map(Year::rdExpense).reduce(BigDecimal.ZERO, BigDecimal::add);
		return (sales.signum() == 0) ? BigDecimal.ZERO : rd.divide(sales, 4, RoundingMode.HALF_UP);
	}

	/**
	 * The ratio the latest year's sales require.
	 * @return 0.05, 0.04 or 0.03
	 */
	BigDecimal rdRequired() {
		BigDecimal latest = this.years.get(0).sales();
		return (latest.compareTo(SMALL) <= 0) ? new BigDecimal("0.05")
				: (latest.compareTo(MEDIUM) <= 0) ? new BigDecimal("0.04") : new BigDecimal("0.03");
	}

	BigDecimal highTechShare() {
		return (this.totalIncome.signum() == 0) ? BigDecimal.ZERO
				: this.highTechRevenue.divide(this.totalIncome, 4, RoundingMode.HALF_UP);
	}

	BigDecimal scienceStaffShare() {
		return (this.staff == 0) ? BigDecimal.ZERO
				: BigDecimal.valueOf(this.scienceStaff).divide(BigDecimal.valueOf(this.staff), 4, RoundingMode.HALF_UP);
	}

	/**
	 * Every hard condition, in the rules' order.
	 * @param today the day of submission
	 * @return the conditions
	 */
	List<Condition> conditions(LocalDate today) {
		return List.of(
				new Condition("registered", "registeredOn", !this.registeredOn.isAfter(today.minusYears(1)),
						this.registeredOn),
				new Condition("ownIp", "ipList", !this.intellectualProperty.isEmpty(),
						this.intellectualProperty.size()),
				new Condition("scienceStaff", "scienceStaffCount",
						scienceStaffShare().compareTo(SCIENCE_STAFF_SHARE) >= 0, percent(scienceStaffShare())),
				new Condition("rdRatio", "finances", rdRatio().compareTo(rdRequired()) >= 0, percent(rdRatio()),
						percent(rdRequired())),
				new Condition("highTechShare", "highTechRevenue", highTechShare().compareTo(HIGH_TECH_SHARE) >= 0,
						percent(highTechShare())));
	}

	static String percent(BigDecimal ratio) {
		return ratio.multiply(BigDecimal.valueOf(100))
			.setScale(2, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString() + "%";
	}

	private static List<String> rows(String text) {
		List<String> rows = new ArrayList<>();
		for (String row : text.split(";")) {
			if (!row.isBlank()) {
				rows.add(row.strip());
			}
		}
		return rows;
	}

	private static String text(Map<String, Object> form, String field) {
		Object value = form.get(field);
		if (value == null || value.toString().isBlank()) {
			throw DomainException.invalid(field, "hightech.error.missing", field);
		}
		return value.toString().strip();
	}

	private static BigDecimal amount(String field, String text) {
		try {
			BigDecimal value = new BigDecimal(text.strip());
			if (value.signum() < 0 || value.precision() - value.scale() > 9) {
				throw DomainException.invalid(field, "hightech.error.amount", text);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid(field, "hightech.error.amount", text);
		}
	}

	private static int count(Map<String, Object> form, String field) {
		String text = text(form, field);
		try {
			int value = Integer.parseInt(text);
			if (value < 0 || value > 10_000_000) {
				throw DomainException.invalid(field, "hightech.error.count", text);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid(field, "hightech.error.count", text);
		}
	}

}
