package org.kjt.approvals.nsf;

import org.kjt.approvals.documents.NoticeType;

/** The written notices of natural-science fund projects: series of their own. */
enum NsfNotice implements NoticeType {

	/** Passed the formal check: to peer review. */
	FUND_RECEIPT("基受"),
	/** The one notice listing everything to correct. */
	FUND_CORRECTION("基补"),
	/** Not taken up: the formal check failed. */
	FUND_NOT_ACCEPTED("基不受"),
	/** 立项通知: funded, with the amount; the task book is due. */
	FUND_AWARD("基立"),
	/** 不予立项: not funded, with reasons. */
	FUND_REFUSAL("基不立"),
	/** The task book returned for changes. */
	TASK_BOOK_RETURNED("基任");

	private final String word;

	NsfNotice(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return this.word;
	}

}
