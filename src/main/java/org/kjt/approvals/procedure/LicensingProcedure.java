package org.kjt.approvals.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Map;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseFacts;
import org.kjt.approvals.cases.CaseRules;
import org.kjt.approvals.cases.ClockState;
import org.kjt.approvals.cases.Steps;
import org.kjt.approvals.cases.Steps.Field;
import org.kjt.approvals.cases.Steps.Outcome;

import org.springframework.stereotype.Component;

/**
 * The steps of the 行政许可法 procedure as a process module includes them in its step table,
 * and what their outcomes require beyond their fields.
 */
@Component
public class LicensingProcedure {

	/** Art. 32: the intake decision or the correction notice within 5 working days. */
	public static final int INTAKE_WORKING_DAYS = 5;

	/** Art. 32: intake, with the one correction notice listing every item at once. */
	public Steps.Step intake() {
		return new Steps.Step("intake", Steps.Actor.STAFF, true,
				List.of(Outcome.of("accept"), Outcome.of("correct", Field.materials("correctionItems")), Outcome.of(
						"reject", Field.choice("reasonType", "notLicensingMatter", "outsidePowers", "other").optional(),
						Field.area("reason"), Field.text("competentAuthority").when("reasonType", "outsidePowers"))));
	}

	/** 容缺受理: accepted with minor gaps, each listed and due by a date. */
	public Outcome acceptWithGaps() {
		return Outcome.of("acceptWithGaps", Field.materials("gapItems"), Field.date("gapsDue"));
	}

	/** The applicant answers the correction notice on the case page. */
	public Steps.Step correction() {
		return new Steps.Step("correction", Steps.Actor.APPLICANT, false, List.of());
	}

	/**
	 * The head signs off the proposal, sends it back, or asks for the Art. 42 extension.
	 */
	public Steps.Step signOff() {
		return new Steps.Step("signOff", Steps.Actor.STAFF, false, List.of(Outcome.of("approve"),
				Outcome.of("sendBack"), Outcome.of("requestExtension", Field.area("extensionReason"))));
	}

	/** Art. 42: the leadership approves or denies the extension. */
	public Steps.Step extensionApproval() {
		return new Steps.Step("extensionApproval", Steps.Actor.STAFF, false,
				List.of(Outcome.of("approve"), Outcome.of("deny")));
	}

	/**
	 * Art. 32: after the one correction notice, intake may ask again only about the
	 * materials handed in again (checked when completing); after that, never.
	 * @param step the declared step
	 * @param facts where the case stands
	 * @return the outcomes offered
	 */
	public static List<String> offered(Steps.Step step, CaseFacts facts) {
		if ("intake".equals(step.id()) && facts.correctionRounds() > 1) {
			return step.outcomeCodes().stream().filter((code) -> !"correct".equals(code)).toList();
		}
		return step.outcomeCodes();
	}

	/**
	 * The checks of the procedure's outcomes beyond their fields.
	 * @param completion the step being completed
	 * @param variables the variables to complete the task with
	 */
	public void complete(CaseRules.Completion completion, Map<String, Object> variables) {
		CaseFacts facts = completion.facts();
		switch (completion.step() + ":" + completion.outcome()) {
			case "intake:correct" -> {
				// Art. 32: everything to correct is listed in one notice, once. A second
				// notice
				// may only name new defects of materials the first one asked for and that
				// were handed in again; nothing else, and never a third.
				if (facts.correctionRounds() > 1) {
					throw DomainException.conflict("task.error.correctionsExhausted", facts.referenceNo());
				}
				if (facts.correctionRounds() == 1) {
					Object first = completion.processVariables().apply("correctionItems");
					Object asked = completion.fields().get("items");
					Set<String> handedInAgain = (first instanceof Map<?, ?> items)
							? items.keySet().stream().map(Object::toString).collect(Collectors.toSet()) : Set.of();
					List<String> others = (asked instanceof Map<?, ?> items) ? items.keySet()
						.stream()
						.map(Object::toString)
						.filter((code) -> !handedInAgain.contains(code))
						.toList() : List.of();
					if (!others.isEmpty()) {
						throw DomainException.conflict("task.error.singleCorrection", facts.referenceNo(),
								String.join(", ", others));
					}
				}
			}
			case "signOff:requestExtension" -> {
				if (facts.extended()) {
					throw DomainException.conflict("task.error.alreadyExtended", facts.referenceNo());
				}
				if (facts.clockState() != ClockState.RUNNING) {
					throw DomainException.conflict("task.error.clockNotRunning", facts.clockState());
				}
				// Art. 42: extended when the decision cannot be made within the 20 days,
				// so within them.
				LocalDate deadline = facts.deadline();
				if (deadline != null && completion.today().isAfter(deadline)) {
					throw DomainException.conflict("task.error.deadlinePassed", deadline);
				}
			}
			case "signOff:approve" -> {
				// Review and decision apart (审批分离): who made the proposal does not sign
				// it off.
				if (completion.actor().username().equals(completion.history().lastActorOf("review"))) {
					throw DomainException.conflict("task.error.signOwnReview", facts.referenceNo());
				}
			}
			case "extensionApproval:approve" -> {
				// Asked for in time, approved too late: the 20 days have run out, and an
				// extension approved now would revive a period that has ended.
				LocalDate deadline = facts.deadline();
				if (deadline != null && completion.today().isAfter(deadline)) {
					throw DomainException.conflict("task.error.extensionTooLate", deadline);
				}
			}
			default -> {
				// The other outcomes need nothing beyond their fields.
			}
		}
	}

}
