package org.kjt.approvals.awards;

import org.kjt.approvals.documents.NoticeType;

/** The written notices of the science awards: series of their own. */
enum AwardNotice implements NoticeType {

	/** The nomination passed the formal check. */
	AWARD_RECEIPT("奖受"),
	/** The one notice listing everything to correct. */
	AWARD_CORRECTION("奖补"),
	/** Not taken up: the formal check failed. */
	AWARD_NOT_ACCEPTED("奖不受"),
	/** 授奖通知: the award, its grade and the government's approval. */
	AWARD_DECISION("奖授"),
	/** Not awarded, with reasons. */
	AWARD_REFUSAL("奖不授");

	private final String word;

	AwardNotice(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return this.word;
	}

}
