package org.kjt.approvals.procedure;

import org.kjt.approvals.documents.NoticeType;

/** The written notices of the 行政许可法 procedure. */
public enum ProcedureNotice implements NoticeType {

	/** 受理通知书 (Art. 32). */
	ACCEPTANCE("受"),
	/** 不予受理决定书 (Art. 32). */
	NON_ACCEPTANCE("不受"),
	/** 补正材料通知书: the one correction notice (Art. 32). */
	CORRECTION("补"),
	/** 准予行政许可决定书 (Art. 38). */
	GRANT("准"),
	/** 不予行政许可决定书 with reasons and remedies (Art. 38). */
	REFUSAL("不准"),
	/** 延长审批期限通知书 (Art. 42). */
	EXTENSION("延"),
	/** 特别程序期间告知书 (Art. 45). */
	SUSPENSION("特"),
	/** 容缺受理告知书. */
	GAPS("容");

	private final String word;

	ProcedureNotice(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return this.word;
	}

}
