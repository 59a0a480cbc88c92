package org.kjt.approvals.licensing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.PublicAddress;
import org.kjt.approvals.base.Translations;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.ServiceItem;
import org.kjt.approvals.documents.OfficialDocument;
import org.kjt.approvals.documents.PdfDocuments;
import org.kjt.approvals.orgstructure.DepartmentRef;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public verification of licences, and the licence of a case. */
@Service
public class Licences {

	private final LicenceRepository licences;

	private final Catalogue catalogue;

	private final Clock clock;

	private final OrgStructure orgStructure;

	private final CurrentUser currentUser;

	private final PdfDocuments pdfs;

	private final Translations translations;

	private final PublicAddress publicAddress;

	Licences(LicenceRepository licences, Catalogue catalogue, Clock clock, OrgStructure orgStructure,
			CurrentUser currentUser, PdfDocuments pdfs, Translations translations, PublicAddress publicAddress) {
		this.translations = translations;
		this.currentUser = currentUser;
		this.pdfs = pdfs;
		this.publicAddress = publicAddress;
		this.orgStructure = orgStructure;
		this.licences = licences;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/**
	 * Looks a licence up by number; public, no personal data beyond the holder
	 * organisation.
	 * @param number licence number
	 * @return the licence and whether it is valid today
	 */
	@Transactional(readOnly = true)
	public LicenceView verify(String number) {
		Licence licence = this.licences.findByNumber(number)
			.orElseThrow(() -> DomainException.notFound("licence.error.notFound", number));
		return view(licence);
	}

	/**
	 * The public register of granted licences (Art. 40 行政许可法: decisions granting a
	 * licence are public): holder, item, number, dates and whether it is valid today.
	 * @param department one department's licences, or all when null
	 * @param query words of a holder's name, a number or a scope, or null
	 * @param pageable page
	 * @return the page, newest first
	 */
	@Transactional(readOnly = true)
	public Page<LicenceView> search(@Nullable String department, @Nullable String query, Pageable pageable) {
		String code = (department != null && !department.isBlank()) ? department.strip() : null;
		if (code != null && this.orgStructure.department(code).isEmpty()) {
			throw DomainException.invalid("department", "licence.error.department", code);
		}
		String words = (query != null) ? query.strip() : "";
		if (words.length() > 100) {
			throw DomainException.invalid("q", "licence.error.query");
		}
		String pattern = words.isEmpty() ? null
				: "%" + words.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
		return this.licences.search(code, pattern, pageable).map(this::view);
	}

	/**
	 * The licence a case was granted, if any.
	 * @param caseId case
	 * @return the licence
	 */
	@Transactional(readOnly = true)
	public Optional<LicenceView> forCase(long caseId) {
		return this.licences.findByCaseId(caseId).map(this::view);
	}

	/**
	 * The licence as a PDF with a QR code to its public verification, for its holder and
	 * the staff of the divisions that handle its item.
	 * @param number licence number
	 * @return the PDF
	 */
	@Transactional(readOnly = true)
	public byte[] pdf(String number) {
		AppUser user = this.currentUser.require();
		Licence licence = this.licences.findByNumber((number != null) ? number.strip() : "")
			.orElseThrow(() -> DomainException.notFound("licence.error.notFound", number));
		if (user.isStaff()) {
			// Staff of the licence's department (else it is not theirs to know about)…
			if (!licence.getDepartmentCode().equals(user.departmentCode())) {
				throw DomainException.notFound("licence.error.notFound", number);
			}
			// …and only the divisions routed for the item.
			if (!this.orgStructure.isRouted(licence.getDepartmentCode(), licence.getItemCode(),
					String.valueOf(user.divisionCode()))) {
				throw DomainException.forbidden("licence.error.notHandled");
			}
		}
		else if (!user.has(Role.APPLICANT) || user.creditCode() == null
				|| !user.creditCode().equals(licence.getHolderCreditCode())) {
			// Any applicant account of the holder organisation; nobody else (an expert's
			// account carries the credit code of the body it works for).
			throw DomainException.notFound("licence.error.notFound", number);
		}
		LicenceView view = view(licence);
		String issuer = this.orgStructure.department(licence.getDepartmentCode())
			.map(DepartmentRef::nameZh)
			.orElse(licence.getDepartmentCode());
		List<OfficialDocument.Fact> facts = new ArrayList<>();
		facts.add(new OfficialDocument.Fact(zh("licence.pdf.number"), view.number()));
		facts.add(new OfficialDocument.Fact(zh("licence.pdf.holder"), view.holder()));
		facts.add(new OfficialDocument.Fact(zh("licence.pdf.legalRepresentative"), view.legalRepresentative()));
		facts.add(new OfficialDocument.Fact(zh("licence.pdf.facilityAddress"), view.facilityAddress()));
		facts.add(new OfficialDocument.Fact(zh("licence.pdf.scope"), view.scope()));
		facts.add(new OfficialDocument.Fact(zh("licence.pdf.issuedOn"), view.issuedOn().toString()));
		facts.add(new OfficialDocument.Fact(zh("licence.pdf.validUntil"), view.validUntil().toString()));
		if (view.status() != LicenceStatus.VALID) {
			facts.add(new OfficialDocument.Fact(zh("licence.pdf.status"),
					view.status() == LicenceStatus.REVOKED ? zh("licence.pdf.revoked") : zh("licence.pdf.expired")));
		}
		String title = view.itemName().endsWith("核发") ? view.itemName().substring(0, view.itemName().length() - 2)
				: view.itemName();
		return this.pdfs.render(new OfficialDocument(issuer, title, null, zh("licence.pdf.body"), facts,
				view.issuedOn(), this.publicAddress
					.of("/verify-licence?number=" + URLEncoder.encode(view.number(), StandardCharsets.UTF_8))));
	}

	/** Official documents are in Chinese whatever the reader's language. */
	private String zh(String key) {
		return this.translations.getTranslation(key, Translations.CHINESE);
	}

	private LicenceView view(Licence licence) {
		LicenceStatus status = (licence.getStatus() == LicenceStatus.REVOKED) ? LicenceStatus.REVOKED
				: licence.getValidUntil().isBefore(LocalDate.now(this.clock)) ? LicenceStatus.EXPIRED
						: LicenceStatus.VALID;
		String itemName = this.catalogue.find(licence.getItemCode())
			.map(ServiceItem::name)
			.orElse(licence.getItemCode());
		return new LicenceView(licence.getNumber(), status, licence.getHolder(), licence.getItemCode(), itemName,
				licence.getDepartmentCode(), licence.getScope(), licence.getIssuedOn(), licence.getValidUntil(),
				licence.getFacilityAddress(), licence.getLegalRepresentative());
	}

}
