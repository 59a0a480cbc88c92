package org.kjt.approvals.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.documents.DocumentNumbers;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of recognitions and awards: numbered from the department's locked counter
 * in the item's (configurable) format, listed publicly and verifiable by number, like
 * licences.
 */
@Service
public class Certificates {

	private final CertificateRepository certificates;

	private final EvaluationItems items;

	private final DocumentNumbers numbers;

	private final Catalogue catalogue;

	private final Clock clock;

	Certificates(CertificateRepository certificates, EvaluationItems items, DocumentNumbers numbers,
			Catalogue catalogue, Clock clock) {
		this.certificates = certificates;
		this.items = items;
		this.numbers = numbers;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/**
	 * Issues a case's certificate (from its process), valid for the item's years from
	 * today.
	 * @param caseId the case
	 * @param departmentCode issuing department
	 * @param itemCode item
	 * @param holder the holder
	 * @param holderCreditCode its credit code
	 * @param title what it certifies
	 * @return the certificate
	 */
	@Transactional
	public CertificateView issue(long caseId, String departmentCode, String itemCode, String holder,
			@Nullable String holderCreditCode, String title) {
		EvaluationItem item = this.items.require(itemCode);
		if (item.certificateNumberFormat().isEmpty()) {
			throw new IllegalStateException("Item " + itemCode + " issues no certificates");
		}
		LocalDate today = LocalDate.now(this.clock);
		int year = today.getYear();
		LocalDate from = LocalDate.of(year, 1, 1);
		int sequence = this.numbers.next(departmentCode, "CERT-" + itemCode, year,
				() -> (int) this.certificates.countIssued(departmentCode, itemCode, from, from.plusYears(1)));
		String number = String.format(item.certificateNumberFormat(), this.items.provinceCode(departmentCode), year,
				sequence);
		LocalDate validUntil = (item.certificateValidityYears() > 0)
				? today.plusYears(item.certificateValidityYears()).minusDays(1) : null;
		Certificate saved = this.certificates.save(new Certificate(number, caseId, departmentCode, itemCode, holder,
				holderCreditCode, title, today, validUntil));
		return view(saved, Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * Verifies a certificate by its number; public.
	 * @param number the number
	 * @param locale the reader's language
	 * @return the certificate
	 */
	@Transactional(readOnly = true)
	public CertificateView verify(String number, Locale locale) {
		return this.certificates.findByNumber((number == null) ? "" : number.strip().toUpperCase(Locale.ROOT))
			.map((found) -> view(found, locale))
			.orElseThrow(() -> DomainException.notFound("certificate.error.notFound", number));
	}

	/**
	 * A case's certificate, if it has one.
	 * @param caseId the case
	 * @return the certificate
	 */
	@Transactional(readOnly = true)
	public Optional<CertificateView> ofCase(long caseId) {
		return this.certificates.findByCaseId(caseId).map((found) -> view(found, Locale.SIMPLIFIED_CHINESE));
	}

	/**
	 * The public register, newest first.
	 * @param departmentCode department, or null for both
	 * @param itemCode item, or null for all
	 * @param query words of the holder's name, or the number
	 * @param pageable page
	 * @param locale the reader's language
	 * @return the certificates
	 */
	@Transactional(readOnly = true)
	public Page<CertificateView> register(@Nullable String departmentCode, @Nullable String itemCode,
			@Nullable String query, Pageable pageable, Locale locale) {
		String q = (query == null || query.isBlank()) ? null : query.strip();
		return this.certificates.search(departmentCode, itemCode, q, pageable).map((found) -> view(found, locale));
	}

	private CertificateView view(Certificate certificate, Locale locale) {
		LocalDate today = LocalDate.now(this.clock);
		boolean valid = certificate.getValidUntil() == null || !today.isAfter(certificate.getValidUntil());
		String itemName = this.catalogue.find(certificate.getItemCode())
			.map((item) -> item.name(locale))
			.orElse(certificate.getItemCode());
		return new CertificateView(certificate.getNumber(), certificate.getDepartmentCode(), certificate.getItemCode(),
				itemName, certificate.getHolder(), certificate.getTitle(), certificate.getIssuedOn(),
				certificate.getValidUntil(), valid, true);
	}

}
