package org.kjt.approvals.nsf;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseFacts;
import org.kjt.approvals.cases.CaseRules;
import org.kjt.approvals.cases.FormAssist;
import org.kjt.approvals.cases.Steps.Field;
import org.kjt.approvals.cases.Steps.Outcome;
import org.kjt.approvals.cases.Steps;
import org.kjt.approvals.evaluation.Calls;
import org.kjt.approvals.evaluation.Discipline;
import org.kjt.approvals.evaluation.FormalCheck;
import org.kjt.approvals.evaluation.PublicNotices;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What natural-science fund projects add to the case machinery: the call's window and the
 * fund's limits at submission (shown live), the steps and their outcomes, one correction
 * notice only, the panel meeting's amount within what was asked and the fund's limit, and
 * the objections handled before the decision.
 */
@Component
class NsfRules implements CaseRules, FormAssist {

	static final String PROCESS = "nsf-project";

	static final String ITEM = "natural-science-fund";

	private static final Steps STEPS = Steps.of(PROCESS)
		.staffWithOwnLimit(FormalCheck.STEP, FormalCheck.outcomes())
		.applicant("correction")
		.staff("panelMeeting", Outcome.of("fund", Field.text("fundingAmount")),
				Outcome.of("redraw", Field.area("redrawReason")), Outcome.of("notFund", Field.area("notFundedReasons")))
		.staff("objectionHandling", Outcome.of("done"))
		.staff("fundingDecision", Outcome.of("approve"), Outcome.of("sendBack", Field.area("sendBackReason")))
		.applicant("taskBook")
		.staff("taskBookCheck", Outcome.of("accept"), Outcome.of("return", Field.area("returnReasons")))
		.build();

	private final Calls calls;

	private final PublicNotices notices;

	private final NsfLimits limits;

	private final MessageSource messages;

	private final Clock clock;

	NsfRules(Calls calls, PublicNotices notices, NsfLimits limits, MessageSource messages, Clock clock) {
		this.calls = calls;
		this.notices = notices;
		this.limits = limits;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public Steps steps() {
		return STEPS;
	}

	@Override
	public int intakeWorkingDays() {
		return FormalCheck.WORKING_DAYS;
	}

	/** One correction notice, never a second. */
	@Override
	public List<String> offered(Steps.Step step, CaseFacts facts) {
		return FormalCheck.offered(step, facts);
	}

	@Override
	public void complete(Completion completion, Map<String, Object> variables) {
		switch (completion.step() + ":" + completion.outcome()) {
			case "formalCheck:correct" -> FormalCheck.check(completion);
			case "panelMeeting:fund" -> {
				// Only a project the reviewers passed is recommended, for at most what
				// was
				// asked and the fund's limit.
				if (!Boolean.TRUE.equals(completion.processVariables().apply("panelPassed"))) {
					throw DomainException.conflict("nsf.error.notPassed",
							completion.processVariables().apply("panelScore"));
				}
				NsfProjectType type = NsfProjectType.valueOf(String.valueOf(completion.form().get("grantType")));
				BigDecimal asked = new BigDecimal(String.valueOf(completion.form().get("requestedAmount")));
				BigDecimal amount = amount("fundingAmount", String.valueOf(completion.fields().get("fundingAmount")));
				BigDecimal most = asked.min(this.limits.maxAmount(type));
				if (amount.compareTo(most) > 0) {
					throw DomainException.invalid("fundingAmount", "nsf.error.fundingAboveAsked",
							amount.toPlainString(), asked.toPlainString(), this.limits.maxAmount(type).toPlainString());
				}
				variables.put("fundingAmount", amount.toPlainString());
			}
			case "objectionHandling:done" -> this.notices.objectionsHandled(completion.caseId(), variables);
			case "fundingDecision:approve" -> this.notices.requireHandled(completion.caseId());
			default -> {
			}
		}
	}

	@Override
	public boolean handles(String itemCode) {
		return ITEM.equals(itemCode);
	}

	@Override
	public Checked checkSubmission(Submission submission) {
		Map<String, Object> form = submission.form();
		List<String> problems = problems(form, submission.today(), Locale.SIMPLIFIED_CHINESE);
		if (!problems.isEmpty()) {
			throw DomainException.invalid(field(form, submission.today()), "nsf.error.limits",
					String.join(";", problems));
		}
		if (!submission.revision()) {
			this.calls.enter(submission.caseId(), submission.departmentCode(), ITEM);
		}
		Map<String, Object> derived = new LinkedHashMap<>();
		derived.put("maxAmount", this.limits.maxAmount(type(form)).toPlainString());
		Map<String, Object> variables = new HashMap<>();
		variables.put("applicantCreditCode", submission.applicant().creditCode());
		variables.put("requestedAmount", amount("requestedAmount", text(form, "requestedAmount")).toPlainString());
		return new Checked(derived, variables);
	}

	/**
	 * What breaks the fund's limits, as lines; refuses malformed figures naming the
	 * field.
	 */
	private List<String> problems(Map<String, Object> form, LocalDate today, Locale locale) {
		NsfProjectType type = type(form);
		String discipline = text(form, "discipline");
		if (Discipline.scienceDepartments().stream().noneMatch((known) -> known.name().equals(discipline))) {
			throw DomainException.invalid("discipline", "nsf.error.discipline", discipline);
		}
		BigDecimal amount = amount("requestedAmount", text(form, "requestedAmount"));
		int years = years(form);
		LocalDate born = birthDate(form);
		List<String> problems = new ArrayList<>();
		if (amount.compareTo(this.limits.maxAmount(type)) > 0) {
			problems.add(message("nsf.limit.amount", locale, amount.toPlainString(),
					this.limits.maxAmount(type).toPlainString()));
		}
		if (years > this.limits.maxYears(type)) {
			problems.add(message("nsf.limit.years", locale, years, this.limits.maxYears(type)));
		}
		int age = Period.between(born, today).getYears();
		if (type == NsfProjectType.YOUTH && age > this.limits.youthMaxAge()) {
			problems.add(message("nsf.limit.youthAge", locale, age, this.limits.youthMaxAge()));
		}
		return problems;
	}

	private String field(Map<String, Object> form, LocalDate today) {
		NsfProjectType type = type(form);
		if (amount("requestedAmount", text(form, "requestedAmount")).compareTo(this.limits.maxAmount(type)) > 0) {
			return "requestedAmount";
		}
		return (years(form) > this.limits.maxYears(type)) ? "durationYears" : "piBirthDate";
	}

	@Override
	public List<String> choices(String field) {
		return switch (field) {
			case "grantType" -> Arrays.stream(NsfProjectType.values()).map(Enum::name).toList();
			case "discipline" -> Discipline.scienceDepartments().stream().map(Enum::name).toList();
			default -> List.of();
		};
	}

	@Override
	public boolean isDate(String field) {
		return "piBirthDate".equals(field);
	}

	/** The fund's limits for the kind chosen, met or not, while the form is filled in. */
	@Override
	public List<String> live(Map<String, Object> form, Locale locale) {
		for (String needed : List.of("grantType", "discipline", "requestedAmount", "durationYears", "piBirthDate")) {
			if (form.get(needed) == null || form.get(needed).toString().isBlank()) {
				return List.of();
			}
		}
		try {
			List<String> problems = problems(form, LocalDate.now(this.clock), locale);
			NsfProjectType type = type(form);
			List<String> lines = new ArrayList<>();
			lines.add(message("nsf.live.limits", locale, message("choice.grantType." + type.name(), locale),
					this.limits.maxAmount(type).toPlainString(), this.limits.maxYears(type)));
			if (problems.isEmpty()) {
				lines.add("✓ " + message("nsf.live.ok", locale));
			}
			problems.forEach((problem) -> lines.add("✗ " + problem));
			lines.add("ℹ " + message("nsf.live.local", locale));
			return lines;
		}
		catch (DomainException ex) {
			return List.of(message(ex.messageKey(), locale, ex.arguments()));
		}
	}

	private static NsfProjectType type(Map<String, Object> form) {
		String text = text(form, "grantType");
		return Arrays.stream(NsfProjectType.values())
			.filter((type) -> type.name().equals(text))
			.findFirst()
			.orElseThrow(() -> DomainException.invalid("grantType", "nsf.error.projectType", text));
	}

	private static int years(Map<String, Object> form) {
		String text = text(form, "durationYears");
		try {
			int years = Integer.parseInt(text);
			if (years < 1) {
				throw DomainException.invalid("durationYears", "nsf.error.years", text);
			}
			return years;
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("durationYears", "nsf.error.years", text);
		}
	}

	private static LocalDate birthDate(Map<String, Object> form) {
		String text = text(form, "piBirthDate");
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid("piBirthDate", "nsf.error.date", text);
		}
	}

	static BigDecimal amount(String field, @Nullable String text) {
		try {
			BigDecimal amount = new BigDecimal(String.valueOf(text).strip());
			if (amount.signum() <= 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 6) {
				throw DomainException.invalid(field, "nsf.error.amount", text);
			}
			return amount.stripTrailingZeros();
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid(field, "nsf.error.amount", text);
		}
	}

	private static String text(Map<String, Object> form, String field) {
		Object value = form.get(field);
		if (value == null || value.toString().isBlank()) {
			throw DomainException.invalid(field, "nsf.error.missing", field);
		}
		return value.toString().strip();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
