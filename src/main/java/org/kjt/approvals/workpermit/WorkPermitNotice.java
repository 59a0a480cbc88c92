package org.kjt.approvals.workpermit;

import org.kjt.approvals.documents.NoticeType;

/** The written notices only work permits issue. */
enum WorkPermitNotice implements NoticeType {

	/** 外国人工作许可通知. */
	WORK_PERMIT_NOTICE("外许"),
	/** 外国高端人才确认函, for the R visa of category-A talent. */
	TALENT_CONFIRMATION("外确"),
	/** A request for the letter received (收件告知, not a 受理通知书: no licence). */
	TALENT_CONFIRMATION_RECEIPT("外确收"),
	/** Not issued (不予出具外国高端人才确认函), with reasons and remedies. */
	TALENT_CONFIRMATION_REFUSAL("外确不");

	private final String word;

	WorkPermitNotice(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return this.word;
	}

}
