package org.kjt.approvals.outboundtraining;

import org.kjt.approvals.documents.NoticeType;

/**
 * The written notices of outbound training. A key project's sign-off is an internal
 * approval, not an administrative licence (domain-rules §3): its notices have series of
 * their own, with no 受 or 准 word of the licensing series.
 */
enum OutboundNotice implements NoticeType {

	/** A key project received for review (收件告知), with the internal time limit. */
	TRAINING_RECEIPT("培收"),
	/** The sign-off's opinion (审核意见): agreed or not agreed, with reasons. */
	TRAINING_OPINION("培审"),
	/** An official trip received for review, with the internal time limit. */
	TRIP_RECEIPT("出收"),
	/** The opinion on an official trip (出国任务审批意见): agreed or not, with reasons. */
	TRIP_OPINION("出审"),
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
