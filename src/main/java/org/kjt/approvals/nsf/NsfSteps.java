package org.kjt.approvals.nsf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.flowable.engine.delegate.DelegateExecution;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseSteps;
import org.kjt.approvals.evaluation.EvaluationSteps;
import org.kjt.approvals.evaluation.FormalCheck;
import org.kjt.approvals.procedure.ProcedureSteps;

import org.springframework.stereotype.Component;

/**
 * Natural-science fund projects' own steps ({@code ${nsfSteps.…}}): the formal check's
 * notices, the recommendation put on public notice, the funding decision either way and
 * the task book. The panel and the notice period are the shared evaluation steps.
 */
@Component("nsfSteps")
public class NsfSteps {

	private final CaseSteps caseSteps;

	private final EvaluationSteps evaluationSteps;

	private final ProcedureSteps procedureSteps;

	private final Clock clock;

	private final FormalCheck formalCheck;

	NsfSteps(CaseSteps caseSteps, EvaluationSteps evaluationSteps, ProcedureSteps procedureSteps, Clock clock,
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
		this.formalCheck.correctionRequested(execution, NsfNotice.FUND_CORRECTION, "notice.nsfCorrection.title",
				"notice.nsfCorrection.body");
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
		this.formalCheck.notAccepted(execution, NsfNotice.FUND_NOT_ACCEPTED, "notice.nsfNotAccepted.title",
				"notice.nsfNotAccepted.body");
	}

	/**
	 * Passed the formal check: to peer review; the applicant is told so.
	 * @param execution the process execution
	 */
	public void accepted(DelegateExecution execution) {
		this.caseSteps.status(execution, CaseStatus.ACCEPTED);
		this.caseSteps.notice(execution, NsfNotice.FUND_RECEIPT, "notice.nsfReceipt.title", "notice.nsfReceipt.body",
				this.caseSteps.form(execution).get("projectTitle"), LocalDate.now(this.clock).toString());
	}

	/**
	 * The case waits for its reviewers' scores.
	 * @param execution the process execution
	 */
	public void scoring(DelegateExecution execution) {
		this.caseSteps.waitingAt(execution, "scoring", "REVIEW");
	}

	/**
	 * The panel meeting recommends funding: on public notice with the amount.
	 * @param execution the process execution
	 */
	public void recommended(DelegateExecution execution) {
		Map<String, Object> form = this.caseSteps.form(execution);
		this.evaluationSteps.openNotice(execution, this.caseSteps.text("nsf.proposal", form.get("projectTitle"),
				form.get("principalInvestigator"), execution.getVariable("fundingAmount")));
		this.caseSteps.waitingAt(execution, "publicNotice", "REVIEW");
	}

	/**
	 * Not funded: the panel meeting's reasons, beside the reviewers' score.
	 * @param execution the process execution
	 */
	public void notFunded(DelegateExecution execution) {
		// The panel meeting's reasons, with the reviewers' score they stand beside.
		String stated = execution.getVariable("notFundedReasons") + "\n"
				+ this.caseSteps.text("nsf.scoreLine", execution.getVariable("panelScore"));
		this.caseSteps.notice(execution, NsfNotice.FUND_REFUSAL, "notice.nsfRefusal.title", "notice.nsfRefusal.body",
				this.caseSteps.form(execution).get("projectTitle"), stated);
		this.caseSteps.conclude(execution, CaseStatus.NOT_FUNDED, "notFund");
	}

	/**
	 * Funded (立项) with the amount: the 立项通知; the task book is due from the applicant.
	 * @param execution the process execution
	 */
	public void funded(DelegateExecution execution) {
		Map<String, Object> form = this.caseSteps.form(execution);
		this.caseSteps.decide(execution, CaseStatus.FUNDED, "fund");
		LocalDate due = this.caseSteps.addWorkingDays(LocalDate.now(this.clock), NsfTaskBooks.TASK_BOOK_WORKING_DAYS);
		execution.setVariable("taskBookDue", this.caseSteps.endOfDay(due));
		this.caseSteps.notice(execution, NsfNotice.FUND_AWARD, "notice.nsfAward.title", "notice.nsfAward.body",
				form.get("projectTitle"), execution.getVariable("fundingAmount"), form.get("durationYears"),
				due.toString());
	}

	/**
	 * The task book is returned for changes.
	 * @param execution the process execution
	 */
	public void taskBookReturned(DelegateExecution execution) {
		this.caseSteps.notice(execution, NsfNotice.TASK_BOOK_RETURNED, "notice.nsfTaskBook.title",
				"notice.nsfTaskBook.body", execution.getVariable("returnReasons"));
	}

	/**
	 * The task book is accepted: the project runs; the case is closed.
	 * @param execution the process execution
	 */
	public void taskBookAccepted(DelegateExecution execution) {
		this.caseSteps.conclude(execution, CaseStatus.FUNDED, "fund");
	}

}
