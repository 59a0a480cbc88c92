package org.kjt.approvals.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.flowable.engine.delegate.DelegateExecution;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseFacts;
import org.kjt.approvals.cases.CaseRules;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseSteps;
import org.kjt.approvals.cases.MaterialRequirement;
import org.kjt.approvals.cases.ServiceItem;
import org.kjt.approvals.cases.Steps.Field;
import org.kjt.approvals.cases.Steps.Outcome;
import org.kjt.approvals.cases.Steps;
import org.kjt.approvals.documents.NoticeType;
import org.kjt.approvals.procedure.ProcedureSteps;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The formal check every evaluated item starts with, declared once: taken up, one
 * correction notice listing everything (never a second), or not taken up with reasons and
 * the remedies; within 5 working days (local practice). Each item's notices keep their
 * own series and words.
 */
@Component
public class FormalCheck {

	/** The step's BPMN id. */
	public static final String STEP = "formalCheck";

	/** Local practice: the formal check within 5 working days of the submission. */
	public static final int WORKING_DAYS = 5;

	private final CaseSteps caseSteps;

	private final ProcedureSteps procedureSteps;

	private final Clock clock;

	private final int correctionDays;

	FormalCheck(CaseSteps caseSteps, ProcedureSteps procedureSteps, Clock clock,
			@Value("${approvals.correction-days:30}") int correctionDays) {
		this.caseSteps = caseSteps;
		this.procedureSteps = procedureSteps;
		this.clock = clock;
		this.correctionDays = correctionDays;
	}

	/**
	 * The step's outcomes, for a module's step table.
	 * @return accept, correct (the listed materials), reject (reasons)
	 */
	public static Outcome[] outcomes() {
		return new Outcome[] { Outcome.of("accept"), Outcome.of("correct", Field.materials("correctionItems")),
				Outcome.of("reject", Field.area("rejectReasons")) };
	}

	/**
	 * One correction notice, never a second: not offered once asked for.
	 * @param step the declared step
	 * @param facts where the case stands
	 * @return the outcomes offered
	 */
	public static List<String> offered(Steps.Step step, CaseFacts facts) {
		if (STEP.equals(step.id()) && facts.correctionRounds() >= 1) {
			return step.outcomeCodes().stream().filter((code) -> !"correct".equals(code)).toList();
		}
		return step.outcomeCodes();
	}

	/**
	 * Refuses a second correction notice (409).
	 * @param completion the step being completed
	 */
	public static void check(CaseRules.Completion completion) {
		if (STEP.equals(completion.step()) && "correct".equals(completion.outcome())
				&& completion.facts().correctionRounds() >= 1) {
			throw DomainException.conflict("evaluation.error.correctionOnce", completion.facts().referenceNo());
		}
	}

	/**
	 * The one correction notice, listing everything to correct and by when.
	 * @param execution the process execution
	 * @param type the item's notice kind
	 * @param titleKey its title ({4} the list, {5} the date to correct by)
	 * @param bodyKey its body
	 */
	public void correctionRequested(DelegateExecution execution, NoticeType type, String titleKey, String bodyKey) {
		this.caseSteps.awaitCorrection(execution);
		@SuppressWarnings("unchecked")
		Map<String, Object> items = (Map<String, Object>) execution.getVariable("correctionItems");
		ServiceItem item = this.caseSteps.item(execution);
		LocalDate correctBy = LocalDate.now(this.clock).plusDays(this.correctionDays);
		execution.setVariable("correctionDue", this.caseSteps.endOfDay(correctBy));
		String listed = (items == null) ? ""
				: items.entrySet()
					.stream()
					.map((entry) -> item.material(entry.getKey()).map(MaterialRequirement::name).orElse(entry.getKey())
							+ ":" + entry.getValue())
					.collect(Collectors.joining("\n"));
		this.caseSteps.notice(execution, type, titleKey, bodyKey, listed, correctBy.toString());
	}

	/**
	 * The corrected materials are in: the formal check again, with its own limit.
	 * @param execution the process execution
	 */
	public void resubmitted(DelegateExecution execution) {
		this.caseSteps.receivedAgain(execution, this.caseSteps.addWorkingDays(LocalDate.now(this.clock), WORKING_DAYS));
	}

	/**
	 * Not taken up, with the reasons and the remedies.
	 * @param execution the process execution
	 * @param type the item's notice kind
	 * @param titleKey its title ({4} the reasons, {5} the remedies)
	 * @param bodyKey its body
	 */
	public void notAccepted(DelegateExecution execution, NoticeType type, String titleKey, String bodyKey) {
		this.caseSteps.notice(execution, type, titleKey, bodyKey, execution.getVariable("rejectReasons"),
				this.procedureSteps.remedies(execution));
		this.caseSteps.conclude(execution, CaseStatus.NOT_ACCEPTED, "reject");
	}

}
