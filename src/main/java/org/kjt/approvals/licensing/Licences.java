package org.kjt.approvals.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.ServiceItem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public verification of licences, and the licence of a case. */
@Service
public class Licences {

	private final LicenceRepository licences;

	private final Catalogue catalogue;

	private final Clock clock;

	Licences(LicenceRepository licences, Catalogue catalogue, Clock clock) {
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
