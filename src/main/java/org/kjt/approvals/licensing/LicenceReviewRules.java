package org.kjt.approvals.licensing;

import java.util.Map;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.Steps;
import org.kjt.approvals.procedure.LicenceApplicationRules;
import org.kjt.approvals.procedure.LicensingProcedure;
import org.kjt.approvals.cases.Steps.Outcome;

/**
 * What renewal and change of a licence share: only the holder applies, for a licence of
 * the department that is still valid; intake as for any application, then the review
 * proposes and the head signs off.
 */
abstract class LicenceReviewRules implements LicenceApplicationRules {

	/**
	 * The licence the submission names, if the applicant holds it (by credit code) from
	 * this department and it is valid today.
	 */
	static Licence heldValidLicence(LicenceRepository licences, Submission submission) {
		Object entered = submission.form().get("licenceNumber");
		String number = (entered != null) ? entered.toString().strip() : "";
		Licence licence = licences.findByNumber(number)
			.orElseThrow(() -> DomainException.invalid("licenceNumber", "licence.error.notFound", number));
		String creditCode = submission.applicant().creditCode();
		if (!licence.getDepartmentCode().equals(submission.departmentCode()) || creditCode == null
				|| !creditCode.equals(licence.getHolderCreditCode())) {
			// Named by the organisation (its verified credit code), not the account.
			throw DomainException.invalid("licenceNumber", "licence.error.notHolder", number,
					submission.applicant().organisationName(), creditCode);
		}
		if (licence.getStatus() == LicenceStatus.REVOKED || licence.getValidUntil().isBefore(submission.today())) {
			throw DomainException.invalid("licenceNumber", "licence.error.notValid", number, licence.getValidUntil());
		}
		return licence;
	}

	private final Steps steps;

	private final LicensingProcedure procedure;

	/**
	 * Intake like any application (Art. 32, one correction notice); review proposes grant
	 * or refusal; the head signs off or sends it back.
	 */
	LicenceReviewRules(String processKey, LicensingProcedure procedure) {
		this.procedure = procedure;
		this.steps = Steps.of(processKey)
			.add(procedure.intake())
			.add(procedure.correction())
			.staff("review", LicensingRules.proposal())
			.staff("signOff", Outcome.of("approve"), Outcome.of("sendBack"))
			.build();
	}

	@Override
	public Steps steps() {
		return this.steps;
	}

	/** The procedure's checks: one correction notice (Art. 32). */
	@Override
	public void complete(Completion completion, Map<String, Object> variables) {
		this.procedure.complete(completion, variables);
	}

}
