package org.kjt.approvals.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.kjt.approvals.base.Translations;
import org.kjt.approvals.orgstructure.DepartmentRef;
import org.kjt.approvals.orgstructure.OrgStructure;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The full text of each written notice (受理通知书, 不予受理决定书, 补正材料通知书, 准予/不予行政许可决定书 …).
 * Official documents are issued in Chinese; the templates live in the {@code cases}
 * bundle.
 */
@Component
class NoticeTexts {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final MessageSource messages;

	private final OrgStructure orgStructure;

	private final Catalogue catalogue;

	private final Clock clock;

	NoticeTexts(MessageSource messages, OrgStructure orgStructure, Catalogue catalogue, Clock clock) {
		this.messages = messages;
		this.orgStructure = orgStructure;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	record Text(String title, String body) {

	}

	Text acceptance(CaseFile file, ServiceItem item, boolean deemed, int limitDays) {
		String key = deemed ? "notice.acceptance.deemed" : "notice.acceptance.body";
		return text("notice.acceptance.title", key, file, item.name(), date(file.getAcceptedOn()), limitDays,
				date(file.getReceivedOn()));
	}

	Text nonAcceptance(CaseFile file, String reason, String competentAuthority) {
		String authority = (competentAuthority == null || competentAuthority.isBlank()) ? ""
				: message("notice.nonAcceptance.authority", competentAuthority);
		return text("notice.nonAcceptance.title", "notice.nonAcceptance.body", file, itemName(file), reason, authority,
				remedies(file));
	}

	Text correction(CaseFile file, String list) {
		return text("notice.correction.title", "notice.correction.body", file, itemName(file), list);
	}

	Text suspension(CaseFile file, String reason, String expectedDuration) {
		return text("notice.suspension.title", "notice.suspension.body", file, itemName(file),
				message("clock.suspension." + reason), (expectedDuration != null) ? expectedDuration : "—");
	}

	Text extension(CaseFile file, String reason) {
		return text("notice.extension.title", "notice.extension.body", file, itemName(file), reason,
				date(file.getDeadline()));
	}

	Text grant(CaseFile file, String licenceNumber, String licenceText) {
		return text("notice.grant.title", "notice.grant.body", file, itemName(file), licenceNumber, licenceText);
	}

	/**
	 * A notice from another module's templates: {0} applicant, {1} reference no., {2}
	 * department, {3} date, then the given arguments.
	 */
	Text custom(CaseFile file, String titleKey, String bodyKey, Object... arguments) {
		return text(titleKey, bodyKey, file, arguments);
	}

	String remedies(String departmentCode) {
		return message("notice.remedies", this.orgStructure.requireDepartment(departmentCode).province());
	}

	Text refusal(CaseFile file, String reasons) {
		return text("notice.refusal.title", "notice.refusal.body", file, itemName(file), reasons, remedies(file));
	}

	/** Art. 38: the right to reconsideration (60 days) and litigation (6 months). */
	private String remedies(CaseFile file) {
		return message("notice.remedies", this.orgStructure.requireDepartment(file.getDepartmentCode()).province());
	}

	private Text text(String titleKey, String bodyKey, CaseFile file, Object... arguments) {
		String department = this.orgStructure.department(file.getDepartmentCode())
			.map(DepartmentRef::nameZh)
			.orElse(file.getDepartmentCode());
		Object[] all = new Object[arguments.length + 4];
		all[0] = file.getApplicantName();
		all[1] = file.getReferenceNo();
		all[2] = department;
		all[3] = date(LocalDate.now(this.clock));
		System.arraycopy(arguments, 0, all, 4, arguments.length);
		return new Text(message(titleKey), message(bodyKey, all));
	}

	private String itemName(CaseFile file) {
		return this.catalogue.find(file.getItemCode()).map(ServiceItem::name).orElse(file.getItemCode());
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Translations.CHINESE);
	}

	private static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "—";
	}

}
