package org.kjt.approvals.documents;

/**
 * The kinds of written notice, each with its word in the document number (e.g. 辽科审受字).
 */
public enum NoticeType {

	ACCEPTANCE("受理通知书", "受"), NON_ACCEPTANCE("不予受理决定书", "不受"), CORRECTION("补正材料通知书", "补"), GRANT("准予行政许可决定书", "准"),
	REFUSAL("不予行政许可决定书", "不准"), EXTENSION("延长审批期限通知书", "延"), SUSPENSION("特别程序期间告知书", "特"),
	WORK_PERMIT_NOTICE("外国人工作许可通知", "外许"), FILING("备案回执", "备"), GAPS("容缺受理告知书", "容"), HEARING_RIGHTS("听证权利告知书", "听告"),
	HEARING("听证通知书", "听"), INTERESTED_PARTIES("利害关系人告知书", "利告");

	private final String title;

	private final String word;

	NoticeType(String title, String word) {
		this.title = title;
		this.word = word;
	}

	public String title() {
		return this.title;
	}

	public String word() {
		return this.word;
	}

}
