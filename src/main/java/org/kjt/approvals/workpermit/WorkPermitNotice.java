package org.kjt.approvals.workpermit;

import org.kjt.approvals.documents.NoticeType;

/** The written notices only work permits issue. */
enum WorkPermitNotice implements NoticeType {

	/** 外国人工作许可通知. */
	WORK_PERMIT_NOTICE("外许");

	private final String word;

	WorkPermitNotice(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return this.word;
	}

}
