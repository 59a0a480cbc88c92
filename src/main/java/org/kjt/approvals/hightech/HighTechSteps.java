package org.kjt.approvals.hightech;

import java.time.Clock;
import java.time.LocalDate;

import org.flowable.engine.delegate.DelegateExecution;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseSteps;
import org.kjt.approvals.evaluation.EvaluationSteps;
import org.kjt.approvals.evaluation.FormalCheck;
import org.kjt.approvals.procedure.ProcedureSteps;

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

	private final FormalCheck formalCheck;

	HighTechSteps(CaseSteps caseSteps, EvaluationSteps evaluationSteps, ProcedureSteps procedureSteps, Clock clock,
			FormalCheck formalCheck) {
		this.caseSteps = caseSteps;
		this.evaluationSteps = evaluationSteps;
		this.procedureSteps = procedureSteps;
		this.clock = clock;
		this.formalCheck = formalCheck;
	}

	/**
	 * The one correction notice of the formal check.
	 * @param execution the process execution
	 */
	public void correctionRequested(DelegateExecution execution) {
		this.formalCheck.correctionRequested(execution, HighTechNotice.RECOGNITION_CORRECTION,
				"notice.hightechCorrection.title", "notice.hightechCorrection.body");
	}

	/**
	 * The corrected materials are in: the formal check again.
	 * @param execution the process execution
	 */
	public void resubmitted(DelegateExecution execution) {
		this.formalCheck.resubmitted(execution);
	}

	/**
	 * The formal check failed: not taken up, with the reasons and the remedies.
	 * @param execution the process execution
	 */
	public void notAccepted(DelegateExecution execution) {
		this.formalCheck.notAccepted(execution, HighTechNotice.RECOGNITION_NOT_ACCEPTED,
				"notice.hightechNotAccepted.title", "notice.hightechNotAccepted.body");
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
