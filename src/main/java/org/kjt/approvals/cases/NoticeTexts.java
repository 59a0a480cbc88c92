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
 * The full text of a written notice from a module's templates, with the applicant, the
 * reference number, the department and the date filled in. Official documents are issued
 * in Chinese.
 */
@Component
class NoticeTexts {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final MessageSource messages;

	private final OrgStructure orgStructure;

	private final Clock clock;

	NoticeTexts(MessageSource messages, OrgStructure orgStructure, Clock clock) {
		this.messages = messages;
		this.orgStructure = orgStructure;
		this.clock = clock;
	}

	record Text(String title, String body) {

	}

	/**
	 * A notice from another module's templates: {0} applicant, {1} reference no., {2}
	 * department, {3} date, then the given arguments.
	 */
	Text custom(CaseFile file, String titleKey, String bodyKey, Object... arguments) {
		return text(titleKey, bodyKey, file, arguments);
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

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Translations.CHINESE);
	}

	private static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "—";
	}

}
