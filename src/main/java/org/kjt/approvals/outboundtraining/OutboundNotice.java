package org.kjt.approvals.outboundtraining;

import org.kjt.approvals.documents.NoticeType;

/**
 * The written notices of outbound training (an internal sign-off, not a licence); the
 * codes and words are those of the department's other series of the same name.
 */
enum OutboundNotice implements NoticeType {

	/** A key project taken up for review. */
	ACCEPTANCE("受"),
	/** The sign-off's opinion: agreed. */
	GRANT("准"),
	/** The sign-off's opinion: not agreed, with reasons. */
	REFUSAL("不准"),
	/** Returned to the unit for changes. */
	CORRECTION("补"),
	/** 备案回执: a general project filed. */
	FILING("备");

	private final String word;

	OutboundNotice(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return this.word;
	}

}
