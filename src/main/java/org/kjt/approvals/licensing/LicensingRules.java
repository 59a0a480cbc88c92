package org.kjt.approvals.licensing;

import java.time.LocalDate;
import java.util.Map;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.cases.Steps;
import org.kjt.approvals.cases.Steps.Field;
import org.kjt.approvals.cases.Steps.Outcome;
import org.kjt.approvals.procedure.LicenceApplicationRules;
import org.kjt.approvals.procedure.LicensingProcedure;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.Role;

import org.springframework.stereotype.Component;

/**
 * The licensing process ({@code processes/licensing.bpmn20.xml}): the shared procedure's
 * intake, sign-off and extension, and the licence-only review: on-site inspection by two
 * (Art. 34), expert review and testing (Art. 45), the hearing (Art. 46-48), interested
 * parties (Art. 36) and delivery (Art. 44).
 */
@Component
class LicensingRules implements LicenceApplicationRules {

	static final String PROCESS = "licensing";

	/** Art. 48: notified at least this many working days before the hearing (Art. 82). */
	static final int HEARING_NOTICE_DAYS = 7;

	/** Art. 48: held within this many working days of the request (Art. 82). */
	static final int HEARING_WITHIN_DAYS = 20;

	private final LicensingProcedure procedure;

	private final Accounts accounts;

	private final Steps steps;

	private final WorkingDayCalendar calendar;

	LicensingRules(LicensingProcedure procedure, Accounts accounts, WorkingDayCalendar calendar) {
		this.calendar = calendar;
		this.procedure = procedure;
		this.accounts = accounts;
		Outcome done = Outcome.of("done");
		this.steps = Steps.of(PROCESS)
			.add(procedure.intake())
			.add(procedure.correction())
			.staff("review", proposal(),
					Outcome.of("inspect", Field.colleagues("inspectors", 2).error("task.error.inspectors"),
							Field.text("expectedDuration")),
					Outcome.of("expertReview", Field.text("expectedDuration")),
					Outcome.of("testing", Field.text("expectedDuration")),
					Outcome.of("hearing", Field.text("expectedDuration")),
					Outcome.of("interestedParties", Field.area("interestedParties")))
			.staff("inspection", done)
			.staff("expertReview", done)
			.staff("testing", done)
			.staff("statements", Outcome.of("done", Field.area("statements")))
			.applicant("hearingRequest")
			.staff("hearingSchedule",
					Outcome.of("schedule", Field.date("hearingDate"),
							Field.staffMember("presidingOfficer").error("task.error.presidingUnknown"),
							Field.text("hearingPlace")))
			.staff("hearing", Outcome.of("done", Field.area("transcript")))
			.add(procedure.signOff())
			.add(procedure.extensionApproval())
			.staffWithOwnLimit("delivery",
					Outcome.of("delivered",
							Field.choice("method", "EMS", "in-person", "electronic").orAnyText().as("deliveryMethod")))
			.build();
	}

	/** The reviewer proposes grant or refusal; a refusal states its reasons (Art. 38). */
	static Outcome proposal() {
		return Outcome.of("propose", Field.choice("proposal", "grant", "refuse").error("task.error.proposal"),
				Field.area("refusalReasons").when("proposal", "refuse"));
	}

	@Override
	public Steps steps() {
		return this.steps;
	}

	@Override
	public void complete(Completion completion, Map<String, Object> variables) {
		Map<String, Object> fields = completion.fields();
		switch (completion.step() + ":" + completion.outcome()) {
			case "review:propose" -> {
				// Art. 34: the substance verified on site by two before a grant. A
				// refusal whose
				// reasons stand on the documents needs no visit.
				if ("grant".equals(fields.get("proposal")) && completion.item().onSiteInspection()
						&& completion.history().actorsOf("inspection").size() < 2) {
					throw DomainException.conflict("task.error.inspectionFirst");
				}
			}
			// Art. 34: the head signs the decision the inspection supports; a task
			// handed to a head (transfer, a queue) is not his to verify.
			case "inspection:done" -> {
				if (completion.actor().has(Role.DIVISION_HEAD) || completion.actor().has(Role.LEADER)) {
					throw DomainException.invalid("inspectors", "task.error.inspectorSigns",
							completion.actor().username());
				}
			}
			// What the hearing would be about, for the hearing-rights notice.
			case "review:expertReview", "review:testing", "review:hearing" ->
				variables.put("hearingMatter", completion.opinion());
			case "hearingSchedule:schedule" -> scheduleHearing(completion);
			// Art. 36: what the applicant and the interested parties said, heard before
			// the proposal.
			case "statements:done" ->
				completion.history().record(LicensingHistoryType.STATEMENTS, (String) fields.get("statements"));
			// Art. 48: the decision rests on the transcript the participants signed.
			case "hearing:done" ->
				completion.history().record(LicensingHistoryType.HEARING_TRANSCRIPT, (String) fields.get("transcript"));
			default -> this.procedure.complete(completion, variables);
		}
	}

	/**
	 * Art. 48: held within 20 days of the request, notified at least 7 days before,
	 * presided over by staff of the department who did not examine the case.
	 */
	private void scheduleHearing(Completion completion) {
		LocalDate today = completion.today();
		LocalDate date = LocalDate.parse((String) completion.fields().get("hearingDate"));
		LocalDate earliest = this.calendar.addWorkingDays(today, HEARING_NOTICE_DAYS).date();
		if (date.isBefore(earliest)) {
			throw DomainException.invalid("hearingDate", "task.error.hearingTooSoon", earliest);
		}
		Object requested = completion.processVariables().apply("hearingRequestedOn");
		LocalDate requestedOn = (requested != null) ? LocalDate.parse(requested.toString()) : today;
		LocalDate latest = this.calendar.addWorkingDays(requestedOn, HEARING_WITHIN_DAYS).date();
		if (date.isAfter(latest)) {
			throw DomainException.invalid("hearingDate", "task.error.hearingTooLate", latest);
		}
		String presiding = (String) completion.fields().get("presidingOfficer");
		// Art. 48: nobody who examined the case presides: its reviewers and its on-site
		// inspectors alike.
		if (completion.history().actorsOf("review").contains(presiding)
				|| completion.history().actorsOf("inspection").contains(presiding)) {
			throw DomainException.invalid("presidingOfficer", "task.error.presidingExaminer",
					this.accounts.find(presiding).map(AppUser::displayName).orElse(presiding));
		}
	}

}
