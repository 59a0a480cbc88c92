package org.kjt.approvals.licensing;

import java.util.List;
import java.util.Map;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseRules;

/**
 * What renewal and change of a licence share: only the holder applies, for a licence of
 * the department that is still valid; the review proposes and the head signs off.
 */
abstract class LicenceReviewRules implements CaseRules {

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
			throw DomainException.invalid("licenceNumber", "licence.error.notHolder", number);
		}
		if ("REVOKED".equals(licence.getStatus()) || licence.getValidUntil().isBefore(submission.today())) {
			throw DomainException.invalid("licenceNumber", "licence.error.notValid", number, licence.getValidUntil());
		}
		return licence;
	}

	@Override
	public List<String> outcomes(String step) {
		return switch (step) {
			case "review" -> List.of("propose");
			case "signOff" -> List.of("approve", "sendBack");
			default -> null;
		};
	}

	@Override
	public List<OutcomeField> fields(String step, String outcome) {
		return ("review".equals(step) && "propose".equals(outcome)) ? List
			.of(OutcomeField.choice("proposal", List.of("grant", "refuse")), OutcomeField.area("refusalReasons", false))
				: List.of();
	}

	@Override
	public boolean complete(Completion completion, Map<String, Object> variables) {
		if (!"review:propose".equals(completion.step() + ":" + completion.outcome())) {
			return false;
		}
		Object proposal = completion.fields().get("proposal");
		if (!"grant".equals(proposal) && !"refuse".equals(proposal)) {
			throw DomainException.invalid("proposal", "task.error.proposal");
		}
		variables.put("proposal", proposal);
		Object reasons = completion.fields().get("refusalReasons");
		String text = (reasons != null) ? reasons.toString().strip() : "";
		if ("refuse".equals(proposal) && text.isEmpty()) {
			throw DomainException.invalid("refusalReasons", "task.error.required", "refusalReasons");
		}
		if (text.length() > 2000) {
			throw DomainException.invalid("refusalReasons", "case.error.fieldTooLong", "refusalReasons", 2000);
		}
		variables.put("refusalReasons", "refuse".equals(proposal) ? text : null);
		return true;
	}

}
