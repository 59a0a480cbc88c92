package org.kjt.approvals.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.kjt.approvals.cases.CaseRef;
import org.kjt.approvals.cases.Cases;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applicant's side of the hearing (Art. 47); the UI and the REST API call this. */
@Service
public class Hearings {

	private final Cases cases;

	private final Clock clock;

	Hearings(Cases cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	/**
	 * Art. 47: the applicant answers the hearing-rights notice: requests a hearing, or
	 * declines it (not answering within 5 working days counts as declining).
	 * @param caseId own case
	 * @param request true to request a hearing
	 * @return the case
	 */
	@Transactional
	public CaseRef answer(long caseId, boolean request) {
		return this.cases.completeApplicantStep(caseId, "hearingRequest",
				request ? LicensingHistoryType.HEARING_REQUESTED : LicensingHistoryType.HEARING_DECLINED, (String) null,
				Map.of("hearingRequestedByApplicant", request, "hearingRequestedOn",
						LocalDate.now(this.clock).toString()));
	}

}
