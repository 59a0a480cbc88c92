package org.kjt.approvals.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.flowable.engine.delegate.DelegateExecution;
import org.kjt.approvals.base.Phrase;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.cases.CaseFacts;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseSteps;

import org.springframework.stereotype.Component;

/**
 * The steps every evaluation process calls from its BPMN as {@code ${evaluationSteps.…}}
 * (the bean name is the contract): draw the panel, remind and flag late experts, take the
 * panel's score, open and end the public notice, issue the certificate. Each runs in the
 * engine's transaction.
 */
@Component("evaluationSteps")
public class EvaluationSteps {

	private final CaseSteps caseSteps;

	private final Panels panels;

	private final PublicNotices notices;

	private final Certificates certificates;

	private final EvaluationItems items;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	EvaluationSteps(CaseSteps caseSteps, Panels panels, PublicNotices notices, Certificates certificates,
			EvaluationItems items, WorkingDayCalendar calendar, Clock clock) {
		this.caseSteps = caseSteps;
		this.panels = panels;
		this.notices = notices;
		this.certificates = certificates;
		this.items = items;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Draws the case's panel (a new round each time) and sets when scores are due
	 * ({@code scoringDueAt}) and when the experts are reminded ({@code scoringRemindAt}).
	 * @param execution the process execution
	 */
	public void drawPanel(DelegateExecution execution) {
		CaseFacts facts = this.caseSteps.facts(execution);
		EvaluationItem item = this.items.require(facts.itemCode());
		Map<String, Object> form = this.caseSteps.form(execution);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate due = this.calendar.addWorkingDays(today, item.scoringWorkingDays()).date();
		LocalDate remind = this.calendar
			.addWorkingDays(today, Math.max(0, item.scoringWorkingDays() - item.reminderWorkingDays()))
			.date();
		Object discipline = form.get(item.disciplineField());
		Object avoided = form.get("avoidExperts");
		// The panel reads the application, not whom the applicant avoids nor personal
		// data (a date of birth, a passport).
		Map<String, Object> application = new java.util.LinkedHashMap<>(form);
		application.remove("avoidExperts");
		this.caseSteps.item(execution)
			.formFields()
			.stream()
			.filter(org.kjt.approvals.cases.ServiceItem.FormField::personal)
			.forEach((field) -> application.remove(field.code()));
		PanelView panel = this.panels.draw(new PanelRequest(caseId(execution), facts.departmentCode(), facts.itemCode(),
				facts.referenceNo(), this.caseSteps.applicant(execution).getValue(),
				(String) execution.getVariable("applicantCreditCode"), (avoided == null) ? null : avoided.toString(),
				Discipline.valueOf(String.valueOf(discipline)), application, due));
		execution.setVariable("scoringDueAt", this.caseSteps.endOfDay(due));
		execution.setVariable("scoringRemindAt", this.caseSteps.endOfDay(remind.minusDays(1)));
		this.caseSteps.status(execution, CaseStatus.ACCEPTED);
		this.caseSteps.record(execution, EvaluationHistoryType.PANEL_DRAWN, Panels.SCORING_ACTIVITY,
				Phrase.of("record.panelDrawn", panel.round(), panel.composition(), Long.toString(panel.seed()),
						panel.seats().stream().map(PanelView.SeatView::expertName).collect(Collectors.joining("、")),
						due.toString()));
	}

	/**
	 * Reminds the experts who have not scored as the due day nears.
	 * @param execution the process execution
	 */
	public void scoringReminder(DelegateExecution execution) {
		String missing = String.join("、",
				this.panels.remindMissing(caseId(execution), ScoresRequested.Occasion.REMINDER));
		if (!missing.isEmpty()) {
			this.caseSteps.record(execution, EvaluationHistoryType.SCORING_REMINDER, Panels.SCORING_ACTIVITY,
					Phrase.of("record.scoringReminder", missing));
		}
	}

	/**
	 * The due day passed with scores missing: recorded; late scores are still taken and
	 * marked late.
	 * @param execution the process execution
	 */
	public void scoringOverdue(DelegateExecution execution) {
		String missing = String.join("、",
				this.panels.remindMissing(caseId(execution), ScoresRequested.Occasion.OVERDUE));
		if (!missing.isEmpty()) {
			this.caseSteps.record(execution, EvaluationHistoryType.SCORING_OVERDUE, Panels.SCORING_ACTIVITY,
					Phrase.of("record.scoringOverdue", missing));
		}
	}

	/**
	 * Every expert has scored: the score and whether it passes ({@code panelScore},
	 * {@code panelPassed}).
	 * @param execution the process execution
	 */
	public void panelScored(DelegateExecution execution) {
		PanelView panel = this.panels.result(caseId(execution));
		EvaluationItem item = this.items.require(panel.itemCode());
		execution.setVariable("panelScore", panel.score().toPlainString());
		execution.setVariable("panelPassed", Boolean.TRUE.equals(panel.passed()));
		this.caseSteps.record(execution, EvaluationHistoryType.PANEL_SCORED, Panels.SCORING_ACTIVITY,
				Phrase.of(Boolean.TRUE.equals(panel.passed()) ? "record.panelPassed" : "record.panelFailed",
						panel.score().toPlainString(), item.passMark().toPlainString()));
	}

	/**
	 * Opens the public notice of the proposed result for the item's working days, from
	 * today (or the next working day); sets its end ({@code noticeEndsAt}).
	 * @param execution the process execution
	 * @param proposal the proposed result as published
	 */
	public void openNotice(DelegateExecution execution, String proposal) {
		CaseFacts facts = this.caseSteps.facts(execution);
		EvaluationItem item = this.items.require(facts.itemCode());
		LocalDate today = LocalDate.now(this.clock);
		// Full working days: from the working day after it is published, whatever the
		// hour.
		LocalDate starts = this.calendar.addWorkingDays(today, 1).date();
		LocalDate ends = this.calendar.addWorkingDays(starts, item.noticeWorkingDays() - 1).date();
		PublicNoticeView notice = this.notices.open(caseId(execution), facts.departmentCode(), facts.itemCode(),
				this.caseSteps.applicant(execution).getValue(), proposal, starts, ends);
		execution.setVariable("noticeId", notice.id());
		// The notice ends at midnight after its last day: an objection that last evening
		// is in before the objections are counted.
		execution.setVariable("noticeEndsAt",
				java.util.Date.from(ends.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant()));
		this.caseSteps.status(execution, CaseStatus.PUBLIC_NOTICE);
		this.caseSteps.record(execution, EvaluationHistoryType.NOTICE_OPENED, null,
				Phrase.of("record.noticeOpened", starts.toString(), ends.toString(), item.noticeWorkingDays()));
	}

	/**
	 * The public notice has ended: how its objections stand ({@code objectionsReceived},
	 * {@code objectionsOpen}).
	 * @param execution the process execution
	 */
	public void noticeEnded(DelegateExecution execution) {
		Map<ObjectionState, Long> tally = this.notices.tally(caseId(execution));
		long received = tally.values().stream().mapToLong(Long::longValue).sum();
		execution.setVariable("objectionsReceived", received);
		execution.setVariable("objectionsOpen", tally.get(ObjectionState.OPEN));
		this.caseSteps.status(execution, CaseStatus.ACCEPTED);
		this.caseSteps.record(execution, EvaluationHistoryType.NOTICE_ENDED, null,
				Phrase.of("record.noticeEnded", received));
	}

	/**
	 * Issues the case's certificate ({@code certificateNumber}).
	 * @param execution the process execution
	 * @param title what it certifies
	 * @return the certificate's number
	 */
	public String issueCertificate(DelegateExecution execution, String title) {
		CaseFacts facts = this.caseSteps.facts(execution);
		CertificateView certificate = this.certificates.issue(caseId(execution), facts.departmentCode(),
				facts.itemCode(), this.caseSteps.applicant(execution).getValue(),
				(String) execution.getVariable("applicantCreditCode"), title);
		execution.setVariable("certificateNumber", certificate.number());
		execution.setVariable("certificateValidUntil", String.valueOf(certificate.validUntil()));
		this.caseSteps.record(execution, EvaluationHistoryType.CERTIFICATE_ISSUED, null,
				Phrase.of("record.certificateIssued", certificate.number(), String.valueOf(certificate.validUntil())));
		return certificate.number();
	}

	/**
	 * The case was withdrawn: its panel's open seats close, its notice comes down.
	 * @param execution the process execution
	 */
	public void withdrawn(DelegateExecution execution) {
		this.panels.close(caseId(execution));
		this.notices.withdraw(caseId(execution));
	}

	private static long caseId(DelegateExecution execution) {
		return ((Number) execution.getVariable("caseId")).longValue();
	}

}
