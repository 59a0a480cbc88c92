package org.kjt.approvals.licensing;

import org.kjt.approvals.documents.NoticeType;

/** The written notices only licensing issues. */
enum LicensingNotice implements NoticeType {

	/** 听证权利告知书 (Art. 47). */
	HEARING_RIGHTS("听告"),
	/** 听证通知书 (Art. 48). */
	HEARING("听"),
	/** 利害关系人告知书 (Art. 36). */
	INTERESTED_PARTIES("利告");

	private final String word;

	LicensingNotice(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return this.word;
	}

}
