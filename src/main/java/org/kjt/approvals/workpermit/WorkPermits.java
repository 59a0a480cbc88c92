package org.kjt.approvals.workpermit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Masking;
import org.kjt.approvals.base.Phrase;
import org.kjt.approvals.base.PublicAddress;
import org.kjt.approvals.base.Translations;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.cases.CaseAddressee;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseRef;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.documents.OfficialDocument;
import org.kjt.approvals.documents.PdfDocuments;
import org.kjt.approvals.orgstructure.DepartmentRef;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.Organisations;
import org.kjt.approvals.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employer's side of a permit after the Notice (the card application after entry,
 * their cards, cancellation) and the public verification. Each method checks who calls
 * it; the UI and the REST API both call these.
 */
@Service
public class WorkPermits {

	/** Cancellation is due within this many working days of the contract's end. */
	static final int CANCELLATION_WORKING_DAYS = 10;

	private final Cases cases;

	private final CaseQueries queries;

	private final Permits permits;

	private final CurrentUser currentUser;

	private final WorkingDayCalendar calendar;

	private final WorkPermitLimits limits;

	private final PointsCalculator calculator;

	private final Clock clock;

	private final Translations translations;

	private final Organisations organisations;

	private final OrgStructure orgStructure;

	private final PdfDocuments pdfs;

	private final PublicAddress publicAddress;

	WorkPermits(Cases cases, CaseQueries queries, Permits permits, CurrentUser currentUser, WorkingDayCalendar calendar,
			WorkPermitLimits limits, PointsCalculator calculator, Clock clock, Translations translations,
			Organisations organisations, OrgStructure orgStructure, PdfDocuments pdfs, PublicAddress publicAddress) {
		this.orgStructure = orgStructure;
		this.pdfs = pdfs;
		this.publicAddress = publicAddress;
		this.organisations = organisations;
		this.translations = translations;
		this.cases = cases;
		this.queries = queries;
		this.permits = permits;
		this.currentUser = currentUser;
		this.calendar = calendar;
		this.limits = limits;
		this.calculator = calculator;
		this.clock = clock;
	}

	/**
	 * The live score while the form is filled in: the points input of a (partial) form,
	 * the age from its date of birth.
	 * @param form the form so far
	 * @return the score and proposed category
	 */
	public PointsResult score(Map<String, Object> form) {
		LocalDate birth = WorkPermitApplication.date(form, "dateOfBirth");
		int age = Period.between(birth, LocalDate.now(this.clock)).getYears();
		if (age < 18) {
			throw DomainException.invalid("dateOfBirth", "workpermit.error.age");
		}
		return this.calculator.score(WorkPermitApplication.points(form, age));
	}

	/**
	 * After entry, the employer applies for the card: within 15 days of entry, or it is
	 * refused with the reason. The wait since the Notice is not counted in any limit.
	 * @param caseId the work-permit case holding the Notice
	 * @param entryDate date of entry, ISO
	 * @return the case
	 */
	@Transactional
	public CaseRef applyForCard(long caseId, String entryDate) {
		this.organisations.requireVerified(employer());
		CaseView own = this.queries.own(caseId);
		if (!WorkPermitRules.PROCESS.equals(own.item()) || !"cardApplication".equals(own.step())) {
			throw DomainException.conflict("workpermit.error.noCardPending", own.referenceNo());
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate entry = WorkPermitRules.date("entryDate", entryDate);
		if (entry.isAfter(today)) {
			throw DomainException.invalid("entryDate", "workpermit.error.futureDate");
		}
		ZoneId zone = this.clock.getZone();
		LocalDate noticeDate = own.notices()
			.stream()
			.filter((notice) -> "WORK_PERMIT_NOTICE".equals(notice.type()))
			.map((notice) -> notice.issuedAt().atZone(zone).toLocalDate())
			.findFirst()
			.orElse(today);
		if (entry.isBefore(noticeDate)) {
			throw DomainException.invalid("entryDate", "workpermit.error.entryBeforeNotice", noticeDate);
		}
		boolean late = today.isAfter(entry.plusDays(WorkPermitSteps.CARD_DAYS_AFTER_ENTRY));
		Map<String, Object> variables = new HashMap<>();
		variables.put("entryDate", entry.toString());
		variables.put("cardLate", late);
		LocalDate due = this.calendar.addWorkingDays(today, this.limits.cardIssue(own.department())).date();
		variables.put("cardDue", Date.from(due.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant()));
		return this.cases.completeApplicantStep(caseId, "cardApplication", WorkPermitHistoryType.CARD_APPLIED,
				Phrase.of(late ? "record.cardAppliedLate" : "record.cardApplied", entry.toString(),
						WorkPermitSteps.CARD_DAYS_AFTER_ENTRY),
				variables);
	}

	/**
	 * Public verification: valid, expired or cancelled, with no personal data beyond the
	 * name's initial and the nationality.
	 * @param permitNumber permit number
	 * @return what may be shown
	 */
	@Transactional(readOnly = true)
	public PermitVerification verify(String permitNumber) {
		Permits.Card card = this.permits.latestCard((permitNumber != null) ? permitNumber.strip() : "")
			.orElseThrow(() -> DomainException.notFound("workpermit.error.permitNotFound", permitNumber));
		return new PermitVerification(card.permitNumber(), card.effectiveStatus(LocalDate.now(this.clock)),
				card.category(), Masking.initial(card.holderName()), card.nationality(), card.employerName(),
				card.issuedOn(), card.validUntil(), this.limits.localNumbers());
	}

	/**
	 * The employer's cards, newest first, paged in the database.
	 * @param pageable page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page<PermitView> mine(Pageable pageable) {
		AppUser employer = employer();
		// The organisation's cards, whoever of its users applied.
		List<PermitView> rows = this.permits.byEmployer(employer, pageable.getPageSize(), pageable.getOffset())
			.stream()
			.map(this::view)
			.toList();
		return new PageImpl<>(rows, pageable, this.permits.countByEmployer(employer));
	}

	/**
	 * The card a case issued, for its employer.
	 * @param caseId case
	 * @return the card
	 */
	@Transactional(readOnly = true)
	public Optional<PermitView> forCase(long caseId) {
		AppUser employer = employer();
		return this.permits.byCase(caseId).filter((card) -> card.heldBy(employer)).map(this::view);
	}

	/**
	 * Cancellation (注销) by the employer once the contract has ended; due within 10
	 * working days of the end — a later one is still recorded, marked late.
	 * @param permitNumber permit number
	 * @param contractEnded the day the contract ended, ISO
	 * @param reason reason
	 * @return the card
	 */
	@Transactional
	public PermitView cancel(String permitNumber, String contractEnded, String reason) {
		AppUser employer = employer();
		this.organisations.requireVerified(employer);
		Permits.Card card = this.permits.latestCardLocked((permitNumber != null) ? permitNumber.strip() : "")
			.filter((found) -> found.heldBy(employer))
			.orElseThrow(() -> DomainException.notFound("workpermit.error.permitNotFound", permitNumber));
		LocalDate today = LocalDate.now(this.clock);
		if (card.effectiveStatus(today) != PermitStatus.VALID) {
			throw DomainException.conflict("workpermit.error.permitNotValid", card.permitNumber(),
					card.effectiveStatus(today).words());
		}
		LocalDate ended = WorkPermitRules.date("contractEnded", contractEnded);
		if (ended.isAfter(today)) {
			throw DomainException.invalid("contractEnded", "workpermit.error.contractNotEnded");
		}
		String why = WorkPermitRules.text("reason", reason);
		boolean late = today.isAfter(this.calendar.addWorkingDays(ended, CANCELLATION_WORKING_DAYS).date());
		this.permits.cancel(card.id(), today, why, late, this.clock.instant());
		return this.permits.latestCard(card.permitNumber()).map(this::view).orElseThrow();
	}

	/**
	 * The card as a PDF with a QR code to its public verification, for its employer and
	 * the staff of the divisions that handle work permits in its department.
	 * @param permitNumber permit number
	 * @return the PDF
	 */
	@Transactional(readOnly = true)
	public byte[] pdf(String permitNumber) {
		AppUser user = this.currentUser.require();
		Permits.Card card = this.permits.latestCard((permitNumber != null) ? permitNumber.strip() : "")
			.orElseThrow(() -> DomainException.notFound("workpermit.error.permitNotFound", permitNumber));
		String item = this.queries.addressee(card.caseId()).map(CaseAddressee::itemCode).orElse("work-permit");
		boolean employer = user.has(Role.APPLICANT) && card.heldBy(user);
		boolean handling = user.isStaff() && card.departmentCode().equals(user.departmentCode())
				&& this.orgStructure.isRouted(card.departmentCode(), item, String.valueOf(user.divisionCode()));
		if (!employer && !handling) {
			// Not theirs to know about.
			throw DomainException.notFound("workpermit.error.permitNotFound", permitNumber);
		}
		PermitView view = view(card);
		String issuer = this.orgStructure.department(card.departmentCode())
			.map(DepartmentRef::nameZh)
			.orElse(card.departmentCode());
		List<OfficialDocument.Fact> facts = new ArrayList<>();
		facts.add(new OfficialDocument.Fact(zh("permits.pdf.number"),
				view.permitNumber() + (this.limits.localNumbers() ? "(" + zh("permits.pdf.localNumber") + ")" : "")));
		facts.add(new OfficialDocument.Fact(zh("permits.pdf.holder"), view.holderName()));
		facts.add(new OfficialDocument.Fact(zh("permits.pdf.nationality"), view.nationality()));
		facts.add(new OfficialDocument.Fact(zh("permits.pdf.passport"), view.passportNumber()));
		facts.add(new OfficialDocument.Fact(zh("permits.pdf.category"), view.category()));
		facts.add(new OfficialDocument.Fact(zh("permits.pdf.employer"), view.employerName()));
		facts.add(new OfficialDocument.Fact(zh("permits.pdf.post"), view.post()));
		facts.add(new OfficialDocument.Fact(zh("permits.pdf.workAddress"), view.workAddress()));
		facts.add(new OfficialDocument.Fact(zh("permits.pdf.issuedOn"), view.issuedOn().toString()));
		facts.add(new OfficialDocument.Fact(zh("permits.pdf.validUntil"), view.validUntil().toString()));
		if (view.status() != PermitStatus.VALID) {
			facts.add(new OfficialDocument.Fact(zh("permits.pdf.status"),
					this.translations.getTranslation("permits.status." + view.status(), Translations.CHINESE)));
		}
		return this.pdfs.render(new OfficialDocument(issuer, zh("permits.pdf.title"), null, zh("permits.pdf.body"),
				facts, view.issuedOn(), this.publicAddress
					.of("/verify-permit?number=" + URLEncoder.encode(view.permitNumber(), StandardCharsets.UTF_8))));
	}

	/**
	 * Whether permit numbers are this system's own (the shipped local format), not the
	 * national number: said wherever a number is shown.
	 * @return true for local numbers
	 */
	public boolean localNumbers() {
		return this.limits.localNumbers();
	}

	private String zh(String key) {
		return this.translations.getTranslation(key, Translations.CHINESE);
	}

	private PermitView view(Permits.Card card) {
		return new PermitView(card.permitNumber(), card.effectiveStatus(LocalDate.now(this.clock)), card.category(),
				card.holderName(), card.nationality(), card.passportNumber(), card.dateOfBirth(), card.post(),
				card.workAddress(), card.employerName(), card.noticeNumber(), card.entryDate(), card.issuedOn(),
				card.validUntil(), card.caseId(), card.cancelledOn(), card.cancelledLate(), card.departmentCode());
	}

	private AppUser employer() {
		AppUser user = this.currentUser.require();
		if (!user.has(Role.APPLICANT)) {
			throw DomainException.forbidden("case.error.applicantsOnly");
		}
		return user;
	}

}
