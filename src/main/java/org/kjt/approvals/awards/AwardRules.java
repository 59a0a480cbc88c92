package org.kjt.approvals.awards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
import org.kjt.approvals.evaluation.Panels;
import org.kjt.approvals.evaluation.PublicNotices;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the science awards add to the case machinery: the call's window and the
 * nomination's rules at submission, the steps and their outcomes, one correction notice,
 * the objections handled, the committee's vote against its quorum and majority, and the
 * government's approval with its document number.
 */
@Component
class AwardRules implements CaseRules, FormAssist {

	static final String PROCESS = "science-award";

	static final String ITEM = "science-award";

	private static final Steps STEPS = Steps.of(PROCESS)
		.staffWithOwnLimit(FormalCheck.STEP, FormalCheck.outcomes())
		.applicant("correction")
		.staff("nominationObjections", Outcome.of("done"))
		.staff("committeeVote",
				Outcome.of("vote", Field.text("votesFor"), Field.text("votesAgainst"), Field.text("votesAbstain"),
						Field.choice("awardGrade", "FIRST", "SECOND", "THIRD", "NONE")),
				// Below the panel's mark the division does not submit it, with reasons.
				Outcome.of("notSubmitted", Field.area("notSubmittedReasons")))
		.staff("awardObjections", Outcome.of("done"))
		.staff("governmentApproval", Outcome.of("approved", Field.text("approvalDocument"), Field.date("approvalDate")),
				Outcome.of("notApproved", Field.area("notApprovedReasons")))
		.build();

	private final Calls calls;

	private final PublicNotices notices;

	private final AwardCommittee committee;

	private final MessageSource messages;

	private final Panels panels;

	AwardRules(Calls calls, PublicNotices notices, AwardCommittee committee, MessageSource messages, Panels panels) {
		this.panels = panels;
		this.calls = calls;
		this.notices = notices;
		this.committee = committee;
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
			case "formalCheck:accept" -> requireDrawable(completion);
			case "nominationObjections:done" -> {
				boolean upheld = this.notices.requireHandled(completion.caseId());
				variables.put("objectionUpheld", upheld);
				if (!upheld) {
					requireDrawable(completion);
				}
			}
			case "awardObjections:done" ->
				variables.put("objectionUpheld", this.notices.requireHandled(completion.caseId()));
			case "committeeVote:notSubmitted" -> {
				// Only a result below the mark stays away from the committee.
				if (Boolean.TRUE.equals(completion.processVariables().apply("panelPassed"))) {
					throw DomainException.conflict("award.error.passedMustVote",
							completion.processVariables().apply("panelScore"));
				}
			}
			case "committeeVote:vote" -> {
				if (!Boolean.TRUE.equals(completion.processVariables().apply("panelPassed"))) {
					throw DomainException.conflict("award.error.notPassed",
							completion.processVariables().apply("panelScore"));
				}
				vote(completion, variables);
			}
			case "governmentApproval:approved" -> {
				this.notices.requireHandled(completion.caseId());
				LocalDate approved = LocalDate.parse(String.valueOf(completion.fields().get("approvalDate")));
				if (approved.isAfter(completion.today())) {
					throw DomainException.invalid("approvalDate", "award.error.approvalInFuture", approved);
				}
			}
			default -> {
			}
		}
	}

	/**
	 * The committee's vote: it counts only with a quorum of members voting (409
	 * otherwise, nothing recorded); an award needs the majority of those voting, and a
	 * grade where the category has grades.
	 */
	private void vote(Completion completion, Map<String, Object> variables) {
		int votesFor = count("votesFor", completion.fields().get("votesFor"));
		int against = count("votesAgainst", completion.fields().get("votesAgainst"));
		int abstain = count("votesAbstain", completion.fields().get("votesAbstain"));
		int voting = votesFor + against + abstain;
		if (voting > this.committee.size()) {
			throw DomainException.invalid("votesFor", "award.error.tooManyVotes", voting, this.committee.size());
		}
		if (voting < this.committee.quorumCount()) {
			throw DomainException.conflict("award.error.noQuorum", voting, this.committee.quorumCount(),
					this.committee.size());
		}
		AwardCategory category = AwardCategory.valueOf(String.valueOf(completion.form().get("awardCategory")));
		String grade = String.valueOf(completion.fields().get("awardGrade"));
		if (category.graded() == "NONE".equals(grade)) {
			throw DomainException.invalid("awardGrade",
					category.graded() ? "award.error.gradeNeeded" : "award.error.noGrade");
		}
		variables.put("voteCarried", this.committee.carries(votesFor, voting));
		variables.put("awardGrade", grade);
		variables.put("voteTally", votesFor + "/" + against + "/" + abstain);
	}

	/**
	 * The panel is drawn later, by the nomination notice's timer, where a refusal would
	 * reach nobody: the pool is checked now, while someone acts.
	 */
	private void requireDrawable(Completion completion) {
		Object avoided = completion.form().get("avoidExperts");
		this.panels.requireDrawable(completion.facts().departmentCode(), ITEM,
				Discipline.valueOf(String.valueOf(completion.form().get("discipline"))),
				(String) completion.processVariables().apply("applicantCreditCode"),
				(avoided == null) ? null : avoided.toString());
	}

	private static int count(String field, @Nullable Object value) {
		try {
			int count = Integer.parseInt(String.valueOf(value).strip());
			if (count < 0) {
				throw DomainException.invalid(field, "award.error.count", value);
			}
			return count;
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid(field, "award.error.count", value);
		}
	}

	@Override
	public boolean handles(String itemCode) {
		return ITEM.equals(itemCode);
	}

	@Override
	public Checked checkSubmission(Submission submission) {
		Map<String, Object> form = submission.form();
		AwardCategory category = category(form);
		if (!category.offeredBy(submission.departmentCode())) {
			throw DomainException.invalid("awardCategory", "award.error.categoryNotOffered",
					message("choice.awardCategory." + category.name(), Locale.SIMPLIFIED_CHINESE));
		}
		List<String> problems = problems(form, Locale.SIMPLIFIED_CHINESE);
		if (!problems.isEmpty()) {
			throw DomainException.invalid("nominees", "award.error.nomination", String.join(";", problems));
		}
		if (!submission.revision()) {
			this.calls.enter(submission.caseId(), submission.departmentCode(), ITEM);
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("applicantCreditCode", submission.applicant().creditCode());
		variables.put("awardCategory", category.name());
		return new Checked(Map.of(), variables);
	}

	private List<String> problems(Map<String, Object> form, Locale locale) {
		AwardCategory category = category(form);
		String discipline = String.valueOf(form.get("discipline"));
		if (Arrays.stream(Discipline.values()).noneMatch((known) -> known.name().equals(discipline))) {
			throw DomainException.invalid("discipline", "award.error.discipline", discipline);
		}
		List<String> problems = new ArrayList<>();
		List<String[]> nominees = rows(form.get("nominees"), 3, "nominees");
		if (nominees.isEmpty() || nominees.size() > category.maxPersons()) {
			problems.add(message("award.limit.persons", locale, nominees.size(), category.maxPersons()));
		}
		String given = String.valueOf(form.get("nominatorType"));
		NominatorType nominator = Arrays.stream(NominatorType.values())
			.filter((type) -> type.name().equals(given))
			.findFirst()
			.orElseThrow(() -> DomainException.invalid("nominatorType", "award.error.nominatorType", given));
		if (nominator == NominatorType.EXPERTS
				&& rows(form.get("expertNominators"), 2, "expertNominators").size() < 3) {
			problems.add(message("award.limit.experts", locale));
		}
		if (category == AwardCategory.FRIENDSHIP) {
			Object nationality = form.get("nomineeNationality");
			if (nationality == null || nationality.toString().isBlank()
					|| List.of("中国", "CHN", "CN").contains(nationality.toString().strip().toUpperCase(Locale.ROOT))) {
				problems.add(message("award.limit.foreign", locale));
			}
		}
		return problems;
	}

	private static AwardCategory category(Map<String, Object> form) {
		String text = String.valueOf(form.get("awardCategory"));
		return Arrays.stream(AwardCategory.values())
			.filter((category) -> category.name().equals(text))
			.findFirst()
			.orElseThrow(() -> DomainException.invalid("awardCategory", "award.error.category", text));
	}

	private static List<String[]> rows(@Nullable Object value, int cells, String field) {
		List<String[]> rows = new ArrayList<>();
		if (value == null) {
			return rows;
		}
		for (String row : value.toString().split(";")) {
			if (row.isBlank()) {
				continue;
			}
			String[] parts = row.split("\\|", -1);
			if (parts.length != cells || Arrays.stream(parts).anyMatch(String::isBlank)) {
				throw DomainException.invalid(field, "award.error.row", row);
			}
			rows.add(parts);
		}
		return rows;
	}

	@Override
	public List<String> choices(String field) {
		return switch (field) {
			case "awardCategory" -> Arrays.stream(AwardCategory.values()).map(Enum::name).toList();
			case "nominatorType" -> Arrays.stream(NominatorType.values()).map(Enum::name).toList();
			case "discipline" -> Arrays.stream(Discipline.values()).map(Enum::name).toList();
			default -> List.of();
		};
	}

	@Override
	public Optional<Table> table(String field) {
		return switch (field) {
			case "nominees" -> Optional.of(new Table("|",
					List.of(new Column("award.table.name", ColumnKind.TEXT),
							new Column("award.table.organisation", ColumnKind.TEXT),
							new Column("award.table.contribution", ColumnKind.TEXT))));
			case "expertNominators" ->
				Optional.of(new Table("|", List.of(new Column("award.table.name", ColumnKind.TEXT),
						new Column("award.table.title", ColumnKind.TEXT))));
			default -> Optional.empty();
		};
	}

	/** The nomination's rules, met or not, while the form is filled in. */
	@Override
	public List<String> live(Map<String, Object> form, Locale locale) {
		if (form.get("awardCategory") == null || form.get("nominees") == null || form.get("discipline") == null
				|| form.get("nominatorType") == null) {
			return List.of();
		}
		try {
			AwardCategory category = category(form);
			List<String> lines = new ArrayList<>();
			lines.add(message("award.live.persons", locale, message("choice.awardCategory." + category.name(), locale),
					category.maxPersons()));
			List<String> problems = problems(form, locale);
			if (problems.isEmpty()) {
				lines.add("✓ " + message("award.live.ok", locale));
			}
			problems.forEach((problem) -> lines.add("✗ " + problem));
			return lines;
		}
		catch (DomainException ex) {
			return List.of(message(ex.messageKey(), locale, ex.arguments()));
		}
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
