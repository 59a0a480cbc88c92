package org.kjt.approvals.licensing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.procedure.LicensingProcedure;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.ServiceItem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renewal of a laboratory-animal licence (Art. 50): only its holder, only while it is
 * valid, at least 30 days and at most the item's renewal window before it expires; the
 * review proposes, the head signs off, and the decision is due before expiry.
 */
@Component
class RenewalRules extends LicenceReviewRules {

	static final String PROCESS = "licence-renewal";

	/** Applied for at least this many days before expiry. */
	static final int LATEST_DAYS_BEFORE_EXPIRY = 30;

	private final LicenceRepository licences;

	private final Catalogue catalogue;

	private final ZoneId zone;

	RenewalRules(LicenceRepository licences, Catalogue catalogue, @Value("${approvals.zone}") String zone,
			LicensingProcedure procedure) {
		super(PROCESS, procedure);
		this.licences = licences;
		this.catalogue = catalogue;
		this.zone = ZoneId.of(zone);
	}

	@Override
	public Checked checkSubmission(Submission submission) {
		Licence licence = heldValidLicence(this.licences, submission);
		LocalDate today = submission.today();
		LocalDate expiry = licence.getValidUntil();
		if (today.isAfter(expiry.minusDays(LATEST_DAYS_BEFORE_EXPIRY))) {
			throw DomainException.invalid("licenceNumber", "licence.error.renewalTooLate", expiry,
					LATEST_DAYS_BEFORE_EXPIRY);
		}
		ServiceItem licensed = this.catalogue.require(licence.getDepartmentCode(), licence.getItemCode());
		LocalDate opens = expiry.minusMonths(licensed.renewalWindowMonths());
		if (today.isBefore(opens)) {
			throw DomainException.invalid("licenceNumber", "licence.error.renewalTooEarly", opens);
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("licenceNumber", licence.getNumber());
		// The decision is due before expiry: the end of the last valid day.
		variables.put("renewalDeadline",
				Date.from(expiry.plusDays(1).atStartOfDay(this.zone).minusSeconds(1).toInstant()));
		return new Checked(Map.of("licenceNumber", licence.getNumber(), "validUntil", expiry.toString()), variables);
	}

}
