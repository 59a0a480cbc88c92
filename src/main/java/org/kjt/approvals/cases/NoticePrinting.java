package org.kjt.approvals.cases;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.kjt.approvals.base.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's written notices as printable pages, for those who may see the case; the UI
 * serves them in the log-in session, the REST API with Basic authentication.
 */
@Service
public class NoticePrinting {

	private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final CaseQueries cases;

	private final MessageSource messages;

	private final Clock clock;

	NoticePrinting(CaseQueries cases, MessageSource messages, Clock clock) {
		this.cases = cases;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * One notice of a case as an HTML page (A4, escaped).
	 * @param caseId case
	 * @param index position of the notice, 0 for the first issued
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public String page(long caseId, int index) {
		CaseView view = this.cases.get(caseId);
		if (index < 0 || index >= view.notices().size()) {
			throw DomainException.notFound("case.error.unknownNotice", index, view.referenceNo());
		}
		CaseView.NoticeView notice = view.notices().get(index);
		// An official document: printed in Chinese whatever the UI language.
		String meta = this.messages.getMessage("notice.print.meta",
				new Object[] { view.referenceNo(), ISSUED.format(notice.issuedAt().atZone(this.clock.getZone())) },
				Locale.SIMPLIFIED_CHINESE);
		return NoticePage.render(view, notice, meta);
	}

}
