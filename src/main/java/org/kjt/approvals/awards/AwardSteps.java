package org.kjt.approvals.awards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.flowable.engine.delegate.DelegateExecution;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseSteps;
import org.kjt.approvals.evaluation.EvaluationSteps;
import org.kjt.approvals.evaluation.FormalCheck;
import org.kjt.approvals.procedure.ProcedureSteps;

import org.springframework.stereotype.Component;

/**
 * The science awards' own steps ({@code ${awardSteps.…}}): the formal check's notices,
 * the two public notices (nominations, proposed awards), the award with its certificate
 * and the government's approval, or no award with the reason. The panel, the notice
 * periods and the certificate are the shared evaluation steps.
 */
@Component("awardSteps")
public class AwardSteps {

	private final CaseSteps caseSteps;

	private final EvaluationSteps evaluationSteps;

	private final ProcedureSteps procedureSteps;

	private final Clock clock;

	private final FormalCheck formalCheck;

	AwardSteps(CaseSteps caseSteps, EvaluationSteps evaluationSteps, ProcedureSteps procedureSteps, Clock clock,
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
		this.formalCheck.correctionRequested(execution, AwardNotice.AWARD_CORRECTION, "notice.awardCorrection.title",
				"notice.awardCorrection.body");
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
		this.formalCheck.notAccepted(execution, AwardNotice.AWARD_NOT_ACCEPTED, "notice.awardNotAccepted.title",
				"notice.awardNotAccepted.body");
	}

	/**
	 * The nomination passed the formal check: the nominator is told, and the nomination
	 * goes on public notice.
	 * @param execution the process execution
	 */
	public void accepted(DelegateExecution execution) {
		Map<String, Object> form = this.caseSteps.form(execution);
		this.caseSteps.status(execution, CaseStatus.ACCEPTED);
		this.caseSteps.notice(execution, AwardNotice.AWARD_RECEIPT, "notice.awardReceipt.title",
				"notice.awardReceipt.body", form.get("achievementTitle"), LocalDate.now(this.clock).toString());
		this.evaluationSteps.openNotice(execution, this.caseSteps.text("award.nominationNotice", category(execution),
				form.get("achievementTitle"), nominees(form)));
		this.caseSteps.waitingAt(execution, "nominationNotice", "REVIEW");
	}

	/**
	 * The case waits for its discipline panel's scores.
	 * @param execution the process execution
	 */
	public void scoring(DelegateExecution execution) {
		this.caseSteps.waitingAt(execution, "scoring", "REVIEW");
	}

	/**
	 * The committee voted for the award: the proposed award goes on public notice.
	 * @param execution the process execution
	 */
	public void proposed(DelegateExecution execution) {
		Map<String, Object> form = this.caseSteps.form(execution);
		this.evaluationSteps.openNotice(execution, this.caseSteps.text("award.proposal", category(execution),
				grade(execution), form.get("achievementTitle"), nominees(form)));
		this.caseSteps.waitingAt(execution, "awardNotice", "REVIEW");
	}

	/**
	 * Approved by the provincial government (its document number recorded): the award and
	 * its certificate.
	 * @param execution the process execution
	 */
	public void awarded(DelegateExecution execution) {
		Map<String, Object> form = this.caseSteps.form(execution);
		String title = this.caseSteps.text("award.certificateTitle",
				String.valueOf(LocalDate.now(this.clock).getYear()), category(execution), grade(execution));
		String number = this.evaluationSteps.issueCertificate(execution, title);
		this.caseSteps.notice(execution, AwardNotice.AWARD_DECISION, "notice.awardDecision.title",
				"notice.awardDecision.body", form.get("achievementTitle"), title,
				execution.getVariable("approvalDocument"), execution.getVariable("approvalDate"), number);
		this.caseSteps.conclude(execution, CaseStatus.AWARDED, "award");
	}

	/**
	 * No award: below the panel's mark, the committee's vote not carried, or the
	 * government's approval withheld; the reason is stated.
	 * @param execution the process execution
	 */
	public void notAwarded(DelegateExecution execution) {
		Object notApproved = execution.getVariable("notApprovedReasons");
		Object notSubmitted = execution.getVariable("notSubmittedReasons");
		String reason = (notApproved != null) ? notApproved.toString() : (notSubmitted != null)
				? notSubmitted + "\n" + this.caseSteps.text("award.scoreBelowMark", execution.getVariable("panelScore"))
				: (execution.getVariable("voteCarried") != null)
						? this.caseSteps.text("award.voteNotCarried", execution.getVariable("voteTally"))
						: this.caseSteps.text("award.scoreBelowMark", execution.getVariable("panelScore"));
		this.caseSteps.notice(execution, AwardNotice.AWARD_REFUSAL, "notice.awardRefusal.title",
				"notice.awardRefusal.body", this.caseSteps.form(execution).get("achievementTitle"), reason);
		this.caseSteps.conclude(execution, CaseStatus.NOT_AWARDED, "notAward");
	}

	private String category(DelegateExecution execution) {
		return this.caseSteps.text("choice.awardCategory." + execution.getVariable("awardCategory"));
	}

	private String grade(DelegateExecution execution) {
		return this.caseSteps.text("award.grade." + execution.getVariable("awardGrade"));
	}

	private static String nominees(Map<String, Object> form) {
		return java.util.Arrays.stream(String.valueOf(form.get("nominees")).split(";"))
			.filter((row) -> !row.isBlank())
			.map((row) -> row.split("\\|", -1)[0].strip())
			.collect(Collectors.joining("、"));
	}

}
