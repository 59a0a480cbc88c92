package org.kjt.approvals.cases;

/** Where a case stands, as the applicant and staff see it. */
public enum CaseStatus {

	/** Being prepared by the applicant; not yet submitted. */
	DRAFT,
	/** Submitted; waiting for the intake decision (受理). */
	SUBMITTED,
	/** A correction notice (补正) was issued; waiting for the applicant. */
	CORRECTION_REQUESTED,
	/** Accepted (受理); under review, the statutory clock running. */
	ACCEPTED,
	/** Not accepted (不予受理). */
	NOT_ACCEPTED,
	/** Licence granted (准予许可); delivery pending or done. */
	GRANTED,
	/** Licence refused (不予许可). */
	REFUSED,
	/** Withdrawn by the applicant before the decision. */
	WITHDRAWN,
	/** Filed (备案): recorded with a filing number, no approval. */
	FILED,
	/** An internal approval's opinion (审核意见): agreed (同意), not a licence. */
	AGREED,
	/** An internal approval's opinion: not agreed (不同意), with reasons. */
	NOT_AGREED,
	/** A proposed result on public notice (公示), open to objections. */
	PUBLIC_NOTICE,
	/** Recognised (予以认定), e.g. as a high-tech enterprise; certificate issued. */
	RECOGNISED,
	/** Not recognised (不予认定), with reasons and the remedies. */
	NOT_RECOGNISED,
	/** Funded (予以立项), with the amount; the task book follows. */
	FUNDED,
	/** Not funded (不予立项), with reasons. */
	NOT_FUNDED,
	/** Awarded (授奖), approved by the provincial government; certificate issued. */
	AWARDED,
	/** Not awarded, with the reason. */
	NOT_AWARDED;

	public boolean isDecided() {
		return this == NOT_ACCEPTED || this == GRANTED || this == REFUSED || this == WITHDRAWN || this == FILED
				|| this == AGREED || this == NOT_AGREED || this == RECOGNISED || this == NOT_RECOGNISED
				|| this == FUNDED || this == NOT_FUNDED || this == AWARDED || this == NOT_AWARDED;
	}

}
