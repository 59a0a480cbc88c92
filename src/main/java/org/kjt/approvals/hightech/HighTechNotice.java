package org.kjt.approvals.hightech;

import org.kjt.approvals.documents.NoticeType;

/**
 * The written notices of high-tech enterprise recognition: a recognition, not a licence,
 * with series of its own.
 */
enum HighTechNotice implements NoticeType {

	/** The application passed the formal check and goes to the expert panel. */
	RECOGNITION_RECEIPT("认受"),
	/** The one notice listing everything to correct. */
	RECOGNITION_CORRECTION("认补"),
	/** Not taken up: the formal check failed, with reasons and remedies. */
	RECOGNITION_NOT_ACCEPTED("认不受"),
	/** The recognition decision (认定决定), with the certificate's number. */
	RECOGNITION_DECISION("认定"),
	/** Not recognised (不予认定决定), with reasons and remedies. */
	RECOGNITION_REFUSAL("认不定");

	private final String word;

	HighTechNotice(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return this.word;
	}

}
