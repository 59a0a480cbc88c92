package org.kjt.approvals.hightech;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
 * What high-tech enterprise recognition adds to the case machinery: the call's window and
 * the hard conditions at submission (shown live while the form is filled in), its steps
 * and their outcomes, one correction notice only, and the checks of the proposal and of
 * the objections' handling.
 */
@Component
class HighTechRules implements CaseRules, FormAssist {

	static final String PROCESS = "high-tech-recognition";

	static final String ITEM = "high-tech-enterprise";

	private static final Steps STEPS = Steps.of(PROCESS)
		.staffWithOwnLimit(FormalCheck.STEP, FormalCheck.outcomes())
		.applicant("correction")
		.staff("proposal", Outcome.of("propose"), Outcome.of("redraw", Field.area("redrawReason")),
				Outcome.of("notRecognise", Field.area("notRecognisedReasons")))
		.staff("objectionHandling", Outcome.of("done"))
		.staff("recognitionDecision", Outcome.of("recognise"), Outcome.of("sendBack", Field.area("sendBackReason")))
		.build();

	private final Calls calls;

	private final PublicNotices notices;

	private final MessageSource messages;

	private final Clock clock;

	HighTechRules(Calls calls, PublicNotices notices, MessageSource messages, Clock clock) {
		this.clock = clock;
		this.calls = calls;
		this.notices = notices;
		this.messages = messages;
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
			case "proposal:propose" -> {
				// Only a result the panel passed goes on public notice.
				if (!Boolean.TRUE.equals(completion.processVariables().apply("panelPassed"))) {
					throw DomainException.conflict("hightech.error.notPassed",
							completion.processVariables().apply("panelScore"));
				}
			}
			case "objectionHandling:done" -> this.notices.objectionsHandled(completion.caseId(), variables);
			case "recognitionDecision:recognise" -> this.notices.requireHandled(completion.caseId());
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
		HighTechFigures figures = HighTechFigures.parse(form);
		if (figures.scienceStaff() > figures.staff()) {
			throw DomainException.invalid("scienceStaffCount", "hightech.error.scienceStaffAboveStaff",
					figures.scienceStaff(), figures.staff());
		}
		String field = String.valueOf(form.get("techField"));
		if (Discipline.technologyFields().stream().noneMatch((discipline) -> discipline.name().equals(field))) {
			throw DomainException.invalid("techField", "hightech.error.techField", field);
		}
		List<HighTechFigures.Condition> conditions = figures.conditions(submission.today());
		List<HighTechFigures.Condition> unmet = conditions.stream().filter((condition) -> !condition.met()).toList();
		if (!unmet.isEmpty()) {
			List<String> lines = new ArrayList<>();
			unmet.forEach((condition) -> lines.add(describe(condition, Locale.SIMPLIFIED_CHINESE)));
			throw DomainException.invalid(unmet.get(0).field(), "hightech.error.conditions", String.join(";", lines));
		}
		// The window is checked once the form holds: a refused form takes no place in
		// the call.
		if (!submission.revision()) {
			this.calls.enter(submission.caseId(), submission.departmentCode(), ITEM);
		}
		Map<String, Object> derived = new LinkedHashMap<>();
		derived.put("rdRatio", HighTechFigures.percent(figures.rdRatio()));
		derived.put("rdRequired", HighTechFigures.percent(figures.rdRequired()));
		derived.put("highTechShare", HighTechFigures.percent(figures.highTechShare()));
		derived.put("scienceStaffShare", HighTechFigures.percent(figures.scienceStaffShare()));
		Map<String, Object> variables = new HashMap<>();
		variables.put("applicantCreditCode", submission.applicant().creditCode());
		return new Checked(derived, variables);
	}

	@Override
	public List<String> choices(String field) {
		return "techField".equals(field) ? Discipline.technologyFields().stream().map(Enum::name).toList() : List.of();
	}

	@Override
	public boolean isDate(String field) {
		return "registeredOn".equals(field);
	}

	@Override
	public Optional<Table> table(String field) {
		return switch (field) {
			case "finances" -> Optional.of(new Table("|",
					List.of(new Column("hightech.table.year", ColumnKind.NUMBER),
							new Column("hightech.table.sales", ColumnKind.TEXT),
							new Column("hightech.table.rdExpense", ColumnKind.TEXT))));
			case "ipList" -> Optional.of(new Table("|",
					List.of(new Column("hightech.table.ipKind", ColumnKind.TEXT),
							new Column("hightech.table.ipNumber", ColumnKind.TEXT),
							new Column("hightech.table.ipTitle", ColumnKind.TEXT))));
			default -> Optional.empty();
		};
	}

	/** Each hard condition, met or not, while the form is filled in. */
	@Override
	public List<String> live(Map<String, Object> form, Locale locale) {
		for (String needed : List.of("registeredOn", "finances", "highTechRevenue", "totalIncome", "staffCount",
				"scienceStaffCount")) {
			if (form.get(needed) == null || form.get(needed).toString().isBlank()) {
				return List.of();
			}
		}
		try {
			HighTechFigures figures = HighTechFigures.parse(form);
			List<String> lines = new ArrayList<>();
			figures.conditions(LocalDate.now(this.clock))
				.forEach((condition) -> lines.add((condition.met() ? "✓ " : "✗ ") + describe(condition, locale)));
			return lines;
		}
		catch (DomainException ex) {
			return List.of(this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
	}

	private String describe(HighTechFigures.Condition condition, Locale locale) {
		return this.messages.getMessage("hightech.condition." + condition.code(), condition.arguments(),
				condition.code(), locale);
	}

}
