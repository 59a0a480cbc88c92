package org.kjt.approvals.outboundtraining;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.engine.delegate.DelegateExecution;
import org.kjt.approvals.base.DecisionTables;
import org.kjt.approvals.base.Phrase;
import org.kjt.approvals.base.Translations;
import org.kjt.approvals.cases.CaseHistoryType;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseSteps;

import org.springframework.stereotype.Component;

/**
 * The outbound-training process's own steps ({@code ${outboundSteps.…}}): the sign-off
 * route from the department's decision table, filing, approval, refusal, return for
 * changes, publicity refused, and the post-return report's reminder, overdue flag and
 * filing.
 */
@Component("outboundSteps")
public class OutboundSteps {

	private final CaseSteps caseSteps;

	private final DecisionTables tables;

	private final Clock clock;

	private final Translations translations;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	/** Between a phrase's arguments in a process variable (dates and numbers only). */
	static final String ARGUMENT_SEPARATOR = "\u001f";

	OutboundSteps(CaseSteps caseSteps, DecisionTables tables, Clock clock, Translations translations) {
		this.translations = translations;
		this.caseSteps = caseSteps;
		this.tables = tables;
		this.clock = clock;
	}

	/**
	 * A key project is taken up for review: the internal time limit starts and the unit
	 * is told by when it gets the opinion (no 受理通知书: this is not a licence).
	 * @param execution the process execution
	 */
	public void accepted(DelegateExecution execution) {
		LocalDate today = LocalDate.now(this.clock);
		int limit = this.caseSteps.startClock(execution, today);
		this.caseSteps.notice(execution, OutboundNotice.TRAINING_RECEIPT, "notice.outboundAccepted.title",
				"notice.outboundAccepted.body", this.caseSteps.item(execution).name(), DATE.format(today), limit,
				DATE.format(this.caseSteps.facts(execution).receivedOn()));
	}

	/**
	 * An official trip is taken up for review (again after a revision or a change of
	 * participants): the internal time limit starts and the unit is told by when it gets
	 * the opinion.
	 * @param execution the process execution
	 */
	public void officialTripAccepted(DelegateExecution execution) {
		LocalDate today = LocalDate.now(this.clock);
		int limit = this.caseSteps.startClock(execution, today);
		execution.setVariable("participantsChanged", false);
		this.caseSteps.notice(execution, OutboundNotice.TRIP_RECEIPT, "notice.officialTripAccepted.title",
				"notice.officialTripAccepted.body", this.caseSteps.form(execution).get("projectName"),
				DATE.format(today), limit, DATE.format(this.caseSteps.facts(execution).receivedOn()));
	}

	/** The head signed the review's 同意: the trip may go ahead after its publicity. */
	public void officialTripAgreed(DelegateExecution execution) {
		Map<String, Object> form = this.caseSteps.form(execution);
		this.caseSteps.decide(execution, CaseStatus.AGREED, "agree");
		this.caseSteps.notice(execution, OutboundNotice.TRIP_OPINION, "notice.officialTripAgreed.title",
				"notice.officialTripAgreed.body", form.get("projectName"), form.get("groupSize"),
				execution.getVariable("departureDate"), execution.getVariable("returnDate"), form.get("days"));
		execution.setVariable("outcomeStatus", CaseStatus.AGREED.name());
	}

	/** The head signed the review's 不同意, with its reasons. */
	public void officialTripNotAgreed(DelegateExecution execution) {
		this.caseSteps.notice(execution, OutboundNotice.TRIP_OPINION, "notice.officialTripNotAgreed.title",
				"notice.officialTripNotAgreed.body", this.caseSteps.form(execution).get("projectName"),
				execution.getVariable("disagreeReasons"));
		this.caseSteps.conclude(execution, CaseStatus.NOT_AGREED, "disagree");
	}

	/** Which sign-off the project needs: the department's decision table decides. */
	public void route(DelegateExecution execution) {
		// Submitted, revised or changed: where it goes now is decided afresh.
		this.caseSteps.status(execution, CaseStatus.SUBMITTED);
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("projectType", execution.getVariable("projectType"));
		inputs.put("totalBudgetCny", new BigDecimal(execution.getVariable("totalBudgetCny").toString()));
		inputs.put("groupSize", new BigDecimal(execution.getVariable("groupSize").toString()));
		inputs.put("breaches", execution.getVariable("breaches"));
		DecisionTables.Rule rule = this.tables.table("outboundSignOff_" + execution.getVariable("departmentCode"))
			.evaluate(inputs);
		execution.setVariable("signOffRoute", rule.output());
		execution.setVariable("participantsChanged", false);
		// The rule's description is the table's own (Chinese) text.
		this.caseSteps.record(execution, OutboundHistoryType.SIGN_OFF_ROUTE, null,
				Phrase.of("record.signOffRoute." + rule.output(), rule.description()));
	}

	/** 备案: recorded and acknowledged with a filing number. */
	public void filed(DelegateExecution execution) {
		Map<String, Object> form = this.caseSteps.form(execution);
		this.caseSteps.notice(execution, OutboundNotice.FILING, "notice.outboundFiled.title",
				"notice.outboundFiled.body", form.get("projectName"), form.get("groupSize"),
				execution.getVariable("departureDate"), execution.getVariable("returnDate"));
		this.caseSteps.conclude(execution, CaseStatus.FILED, "filed");
		execution.setVariable("outcomeStatus", CaseStatus.FILED.name());
	}

	/** Signed off: the opinion 同意 is issued. */
	public void approved(DelegateExecution execution) {
		Map<String, Object> form = this.caseSteps.form(execution);
		this.caseSteps.decide(execution, CaseStatus.AGREED, "agree");
		this.caseSteps.notice(execution, OutboundNotice.TRAINING_OPINION, "notice.outboundApproved.title",
				"notice.outboundApproved.body", form.get("projectName"), form.get("programmeName"),
				form.get("groupSize"), execution.getVariable("departureDate"), execution.getVariable("returnDate"));
		execution.setVariable("outcomeStatus", CaseStatus.AGREED.name());
	}

	/**
	 * Not agreed, with the reasons. An internal sign-off of the unit's trip, not a
	 * licence refusal: the opinion says so, without the remedies of a 不予行政许可决定书.
	 */
	public void refused(DelegateExecution execution) {
		Map<String, Object> form = this.caseSteps.form(execution);
		// Instances started before the opinion field was named keep their refusalReasons.
		Object reasons = (execution.getVariable("disagreeReasons") != null) ? execution.getVariable("disagreeReasons")
				: execution.getVariable("refusalReasons");
		this.caseSteps.notice(execution, OutboundNotice.TRAINING_OPINION, "notice.outboundRefused.title",
				"notice.outboundRefused.body", form.get("projectName"), reasons);
		this.caseSteps.conclude(execution, CaseStatus.NOT_AGREED, "disagree");
	}

	/**
	 * Returned for changes, with the reasons; the unit revises and it is checked again.
	 */
	public void returned(DelegateExecution execution) {
		String notice = OfficialTripRules.ITEM.equals(execution.getVariable("itemCode")) ? "officialTripReturned"
				: "outboundReturned";
		this.caseSteps.notice(execution, OutboundNotice.CORRECTION, "notice." + notice + ".title",
				"notice." + notice + ".body", execution.getVariable("returnReasons"));
		this.caseSteps.status(execution, CaseStatus.CORRECTION_REQUESTED);
	}

	/** The publicity was too short or the departure too early: the reason is recorded. */
	public void publicityRefused(DelegateExecution execution) {
		Object key = execution.getVariable("publicityRefusalKey");
		if (key == null) {
			// Refused before the phrase was kept: the text alone.
			this.caseSteps.record(execution, OutboundHistoryType.PUBLICITY_REFUSED, "publicity",
					(String) execution.getVariable("publicityRefusal"));
			return;
		}
		this.caseSteps.record(execution, OutboundHistoryType.PUBLICITY_REFUSED, "publicity", new Phrase(key.toString(),
				List.of(execution.getVariable("publicityRefusalArgs").toString().split(ARGUMENT_SEPARATOR, -1))));
	}

	/** Five working days before the report is due. */
	public void reportReminder(DelegateExecution execution) {
		this.caseSteps.record(execution, CaseHistoryType.REMINDER, "report",
				Phrase.of("record.reportDue", execution.getVariable("reportDueDate")));
	}

	/** The report is overdue: the case is flagged and the division follows it up. */
	public void reportOverdue(DelegateExecution execution) {
		this.caseSteps.flagOverdue(execution, Phrase.of("record.reportDue", execution.getVariable("reportDueDate")));
	}

	/** The report is in (on time or late); the case is closed. */
	public void reportFiled(DelegateExecution execution) {
		boolean reportLate = Boolean.TRUE.equals(execution.getVariable("reportLate"));
		boolean passportsLate = Boolean.TRUE.equals(execution.getVariable("passportsLate"));
		String today = LocalDate.now(this.clock).toString();
		Phrase remark = (reportLate && passportsLate)
				? Phrase.of("record.reportAndPassportsLate", today, OutboundTrainings.PASSPORT_DAYS)
				: reportLate ? Phrase.of("record.reportLate", today)
						: passportsLate ? Phrase.of("record.passportsLate", OutboundTrainings.PASSPORT_DAYS) : null;
		if (remark != null) {
			this.caseSteps.record(execution, CaseHistoryType.CLOSED, "report", remark);
		}
		else {
			this.caseSteps.record(execution, CaseHistoryType.CLOSED, "report", (String) null);
		}
		CaseStatus outcome = CaseStatus.valueOf((String) execution.getVariable("outcomeStatus"));
		// Trips agreed before the sign-off had statuses of its own were stored as
		// GRANTED.
		this.caseSteps.conclude(execution, (outcome == CaseStatus.GRANTED) ? CaseStatus.AGREED : outcome, "reported");
	}

}
