package org.kjt.approvals.workpermit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.Steps.Field;
import org.kjt.approvals.cases.Steps.Outcome;
import org.kjt.approvals.cases.Steps;
import org.kjt.approvals.procedure.LicenceApplicationRules;
import org.kjt.approvals.procedure.LicensingProcedure;

import org.springframework.stereotype.Component;

/**
 * Extension and change of a work permit: who may apply and when (an extension no later
 * than 30 days before expiry, from 90 days before, both configurable; a change within 10
 * days of it; a new employer or occupation is a new application); intake as for any
 * application; the review proposes approve/refuse and the division head signs off, as for
 * the permit itself.
 */
@Component
class AmendmentRules implements LicenceApplicationRules {

	static final String PROCESS = "work-permit-amendment";

	static final String EXTENSION_ITEM = "work-permit-extension";

	/** A change is reported within this many days. */
	static final int CHANGE_DAYS = 10;

	/** A card is valid at most this many years. */
	static final int MAX_VALIDITY_YEARS = 5;

	static final Set<String> CHANGES = Set.of("NAME", "PASSPORT", "POST");

	static final Set<String> NEW_APPLICATION = Set.of("EMPLOYER", "OCCUPATION");

	private final Permits permits;

	private final WorkPermitLimits limits;

	private final Clock clock;

	private final LicensingProcedure procedure;

	private final Steps steps;

	/**
	 * Intake like any application (Art. 32, Art. 49/50: one correction notice), then the
	 * review proposes approval or refusal and the head signs off.
	 */
	AmendmentRules(Permits permits, WorkPermitLimits limits, Clock clock, LicensingProcedure procedure) {
		this.permits = permits;
		this.limits = limits;
		this.clock = clock;
		this.procedure = procedure;
		this.steps = Steps.of(PROCESS)
			.add(procedure.intake())
			.add(procedure.correction())
			.staff("review", Outcome.of("approve"), Outcome.of("refuse", Field.area("refusalReasons")))
			.staff("signOff", Outcome.of("approve"), Outcome.of("sendBack"))
			.build();
	}

	@Override
	public Steps steps() {
		return this.steps;
	}

	@Override
	public Checked checkSubmission(Submission submission) {
		Map<String, Object> form = submission.form();
		LocalDate today = submission.today();
		Permits.Card card = this.permits.requireHeldValid(submission);
		String number = card.permitNumber();
		Map<String, Object> variables = new HashMap<>();
		variables.put("permitNumber", number);
		variables.put("timeLimitDays", this.limits.amendment(submission.departmentCode()));
		if (EXTENSION_ITEM.equals(submission.item().code())) {
			String department = submission.departmentCode();
			LocalDate opens = card.validUntil().minusDays(this.limits.extensionOpensDays(department));
			if (today.isBefore(opens)) {
				throw DomainException.conflict("workpermit.error.extensionWindow", card.validUntil(), opens);
			}
			int latestDays = this.limits.extensionLatestDays(department);
			LocalDate latest = card.validUntil().minusDays(latestDays);
			if (today.isAfter(latest)) {
				throw DomainException.conflict("workpermit.error.extensionLate", card.validUntil(), latest, latestDays);
			}
			LocalDate newEnd = WorkPermitApplication.date(form, "newContractEnd");
			if (!newEnd.isAfter(card.validUntil())) {
				throw DomainException.invalid("newContractEnd", "workpermit.error.newContractEnd", card.validUntil());
			}
			LocalDate passportExpiry = WorkPermitApplication.date(form, "passportExpiry");
			if (passportExpiry.isBefore(newEnd)) {
				throw DomainException.invalid("passportExpiry", "workpermit.error.passportExpiry", passportExpiry,
						newEnd);
			}
			variables.put("amendment", "EXTENSION");
			variables.put("newValidUntil", validUntil(today, newEnd).toString());
			// Undecided at the card's expiry: deemed extended (Art. 50), at the end of
			// its
			// last day.
			variables.put("deemedAt", endOfDay(card.validUntil()));
		}
		else {
			String kind = WorkPermitApplication.text(form, "changeKind", 16);
			if (NEW_APPLICATION.contains(kind)) {
				throw DomainException.invalid("changeKind", "workpermit.error.newApplication");
			}
			if (!CHANGES.contains(kind)) {
				throw DomainException.invalid("changeKind", "workpermit.error.changeKind", kind);
			}
			String value = WorkPermitApplication.text(form, "newValue", 200);
			if ("PASSPORT".equals(kind) && !value.toUpperCase(Locale.ROOT).matches("[A-Z0-9]{5,20}")) {
				throw DomainException.invalid("newValue", "workpermit.error.passportNumber");
			}
			if ("NAME".equals(kind) && !value.matches("[\\p{L}][\\p{L} .'\\-]*")) {
				throw DomainException.invalid("newValue", "workpermit.error.holderName");
			}
			LocalDate changed = WorkPermitApplication.date(form, "changedOn");
			if (changed.isAfter(today)) {
				throw DomainException.invalid("changedOn", "workpermit.error.futureDate");
			}
			if (today.isAfter(changed.plusDays(CHANGE_DAYS))) {
				throw DomainException.invalid("changedOn", "workpermit.error.changeLate", changed, CHANGE_DAYS);
			}
			variables.put("amendment", "CHANGE");
			variables.put("changeKind", kind);
			variables.put("newValue", "PASSPORT".equals(kind) ? value.toUpperCase(Locale.ROOT) : value);
		}
		return new Checked(Map.of(), variables);
	}

	/** A card runs to the contract's end, at most five years. */
	static LocalDate validUntil(LocalDate from, LocalDate contractEnd) {
		LocalDate cap = from.plusYears(MAX_VALIDITY_YEARS).minusDays(1);
		return contractEnd.isAfter(cap) ? cap : contractEnd;
	}

	/**
	 * The review's outcome is the proposal (approving proposes the grant); the head's
	 * sign-off decides on it.
	 */
	@Override
	public void complete(Completion completion, Map<String, Object> variables) {
		if ("review".equals(completion.step())) {
			variables.put("proposal", "approve".equals(completion.outcome()) ? "grant" : "refuse");
		}
		// Intake's one correction notice (Art. 32).
		this.procedure.complete(completion, variables);
	}

	private Date endOfDay(LocalDate day) {
		return Date.from(day.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant().minusSeconds(1));
	}

}
