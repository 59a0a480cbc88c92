package org.kjt.approvals.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.ServiceItem;

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

	Licences(LicenceRepository licences, Catalogue catalogue, Clock clock, OrgStructure orgStructure) {
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
