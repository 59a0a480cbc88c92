package org.kjt.approvals.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.PublicAddress;
import org.kjt.approvals.documents.OfficialDocument;
import org.kjt.approvals.documents.PdfDocuments;
import org.kjt.approvals.orgstructure.DepartmentRef;
import org.kjt.approvals.orgstructure.OrgStructure;

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

	private final Catalogue catalogue;

	private final OrgStructure orgStructure;

	private final PdfDocuments pdfs;

	private final PublicAddress publicAddress;

	NoticePrinting(CaseQueries cases, MessageSource messages, Clock clock, Catalogue catalogue,
			OrgStructure orgStructure, PdfDocuments pdfs, PublicAddress publicAddress) {
		this.pdfs = pdfs;
		this.publicAddress = publicAddress;
		this.cases = cases;
		this.messages = messages;
		this.clock = clock;
		this.catalogue = catalogue;
		this.orgStructure = orgStructure;
	}

	/**
	 * One notice of a case as a PDF (A4, the font embedded, a place for the seal, a QR
	 * code to the case's public progress page), for those who may see the case.
	 * @param caseId case
	 * @param index position of the notice, 0 for the first issued
	 * @return the PDF
	 */
	@Transactional(readOnly = true)
	public byte[] pdf(long caseId, int index) {
		CaseView view = this.cases.get(caseId);
		if (index < 0 || index >= view.notices().size()) {
			throw DomainException.notFound("case.error.unknownNotice", index, view.referenceNo());
		}
		CaseView.NoticeView notice = view.notices().get(index);
		String issuer = this.orgStructure.department(view.department())
			.map(DepartmentRef::nameZh)
			.orElse(view.department());
		return this.pdfs.render(new OfficialDocument(issuer, notice.title(), notice.number(), notice.body(), List.of(),
				LocalDate.ofInstant(notice.issuedAt(), this.clock.getZone()),
				this.publicAddress.of("/progress?reference=" + view.referenceNo())));
	}

	/**
	 * 收件回执: what the office received and when, and the query code that shows the case's
	 * progress without logging in. For the applicant and the staff who may see the case,
	 * once it is submitted.
	 * @param caseId case
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public String receipt(long caseId) {
		CaseView view = this.cases.get(caseId);
		if (view.submittedAt() == null) {
			throw DomainException.conflict("receipt.error.notSubmitted", view.referenceNo());
		}
		ServiceItem item = this.catalogue.find(view.item()).orElse(null);
		Set<Long> current = view.currentMaterialIds();
		List<NoticePage.Line> materials = view.materials()
			.stream()
			.filter((material) -> current.contains(material.id()))
			.map((material) -> new NoticePage.Line((item != null)
					? item.material(material.material()).map(MaterialRequirement::name).orElse(material.material())
					: material.material(), material.fileName()))
			.toList();
		String department = this.orgStructure.department(view.department())
			.map(DepartmentRef::nameZh)
			.orElse(view.department());
		List<NoticePage.Line> lines = new ArrayList<>();
		lines.add(new NoticePage.Line(zh("receipt.referenceNo"), view.referenceNo()));
		lines.add(new NoticePage.Line(zh("receipt.item"), view.itemName()));
		lines.add(new NoticePage.Line(zh("receipt.applicant"), view.applicantName()));
		lines.add(new NoticePage.Line(zh("receipt.submittedAt"),
				ISSUED.format(view.submittedAt().atZone(this.clock.getZone()))));
		if (view.clock().intakeDeadline() != null) {
			lines.add(new NoticePage.Line(zh("receipt.intakeBy"), view.clock().intakeDeadline().toString()));
		}
		if (view.queryCode() != null) {
			lines.add(new NoticePage.Line(zh("receipt.queryCode"), view.queryCode()));
		}
		return NoticePage.receipt(zh("receipt.title"), department, lines, materials, zh("receipt.materials"),
				zh("receipt.howToFollow"));
	}

	private String zh(String key) {
		return this.messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
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
