package org.kjt.approvals.hightech;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.flowable.engine.delegate.DelegateExecution;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseSteps;
import org.kjt.approvals.cases.MaterialRequirement;
import org.kjt.approvals.cases.ServiceItem;
import org.kjt.approvals.evaluation.EvaluationSteps;
import org.kjt.approvals.procedure.ProcedureSteps;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * High-tech enterprise recognition's own steps ({@code ${highTechSteps.…}}): the formal
 * check's notices, the proposed result put on public notice, and the decision either way.
 * The panel, the notice period and the certificate are the shared evaluation steps.
 */
@Component("highTechSteps")
public class HighTechSteps {

	private final CaseSteps caseSteps;

	private final EvaluationSteps evaluationSteps;

	private final ProcedureSteps procedureSteps;

	private final Clock clock;

	private final int correctionDays;

	HighTechSteps(CaseSteps caseSteps, EvaluationSteps evaluationSteps, ProcedureSteps procedureSteps, Clock clock,
			@Value("${approvals.correction-days:30}") int correctionDays) {
		this.caseSteps = caseSteps;
		this.evaluationSteps = evaluationSteps;
		this.procedureSteps = procedureSteps;
		this.clock = clock;
		this.correctionDays = correctionDays;
	}

	/**
	 * The formal check is passed: the application goes to the expert panel; the
	 * enterprise is told so.
	 * @param execution the process execution
	 */
	public void accepted(DelegateExecution execution) {
		this.caseSteps.status(execution, CaseStatus.ACCEPTED);
		this.caseSteps.notice(execution, HighTechNotice.RECOGNITION_RECEIPT, "notice.hightechReceipt.title",
				"notice.hightechReceipt.body", LocalDate.now(this.clock).toString());
		this.caseSteps.waitingAt(execution, "scoring", "REVIEW");
	}

	/**
	 * The one correction notice, listing everything to correct and by when.
	 * @param execution the process execution
	 */
	public void correctionRequested(DelegateExecution execution) {
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
		this.caseSteps.notice(execution, HighTechNotice.RECOGNITION_CORRECTION, "notice.hightechCorrection.title",
				"notice.hightechCorrection.body", listed, correctBy.toString());
	}

	/**
	 * The corrected materials are in: the formal check again, with its own limit.
	 * @param execution the process execution
	 */
	public void resubmitted(DelegateExecution execution) {
		this.caseSteps.receivedAgain(execution,
				this.caseSteps.addWorkingDays(LocalDate.now(this.clock), HighTechRules.FORMAL_CHECK_WORKING_DAYS));
	}

	/**
	 * The formal check failed: not taken up, with the reasons and the remedies.
	 * @param execution the process execution
	 */
	public void notAccepted(DelegateExecution execution) {
		this.caseSteps.notice(execution, HighTechNotice.RECOGNITION_NOT_ACCEPTED, "notice.hightechNotAccepted.title",
				"notice.hightechNotAccepted.body", execution.getVariable("rejectReasons"),
				this.procedureSteps.remedies(execution));
		this.caseSteps.conclude(execution, CaseStatus.NOT_ACCEPTED, "reject");
	}

	/**
	 * The case waits for its panel's scores.
	 * @param execution the process execution
	 */
	public void scoring(DelegateExecution execution) {
		this.caseSteps.waitingAt(execution, "scoring", "REVIEW");
	}

	/**
	 * The proposed recognition goes on public notice for the item's working days.
	 * @param execution the process execution
	 */
	public void proposed(DelegateExecution execution) {
		this.evaluationSteps.openNotice(execution,
				this.caseSteps.text("hightech.proposal", execution.getVariable("panelScore")));
		this.caseSteps.waitingAt(execution, "publicNotice", "REVIEW");
	}

	/**
	 * Not recognised: the panel's score did not pass, or the division found against it
	 * with reasons; the decision states them and the remedies.
	 * @param execution the process execution
	 */
	public void notRecognised(DelegateExecution execution) {
		// The division's reasons, with the panel's score they stand beside.
		String stated = execution.getVariable("notRecognisedReasons") + "\n"
				+ this.caseSteps.text("hightech.scoreLine", execution.getVariable("panelScore"));
		this.caseSteps.notice(execution, HighTechNotice.RECOGNITION_REFUSAL, "notice.hightechRefusal.title",
				"notice.hightechRefusal.body", stated, this.procedureSteps.remedies(execution));
		this.caseSteps.conclude(execution, CaseStatus.NOT_RECOGNISED, "notRecognise");
	}

	/**
	 * Recognised: the certificate (valid three years) and the decision naming it.
	 * @param execution the process execution
	 */
	public void recognised(DelegateExecution execution) {
		String number = this.evaluationSteps.issueCertificate(execution,
				this.caseSteps.text("hightech.certificateTitle"));
		this.caseSteps.notice(execution, HighTechNotice.RECOGNITION_DECISION, "notice.hightechDecision.title",
				"notice.hightechDecision.body", number, LocalDate.now(this.clock).toString(),
				execution.getVariable("certificateValidUntil"), execution.getVariable("panelScore"));
		this.caseSteps.conclude(execution, CaseStatus.RECOGNISED, "recognise");
	}

}
