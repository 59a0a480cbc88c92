package org.kjt.approvals.cases;

import org.kjt.approvals.base.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one lock order of every write: the case row first, then its tasks. The applicant's
 * commands and the staff's steps both take the case lock before anything else, so two
 * writes to one case queue up instead of deadlocking.
 */
@Component
public class CaseLocks {

	private final CaseFileRepository cases;

	CaseLocks(CaseFileRepository cases) {
		this.cases = cases;
	}

	/**
	 * Locks a case row for the rest of the transaction.
	 * @param caseId case
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(long caseId) {
		this.cases.lockById(caseId).orElseThrow(() -> DomainException.notFound("case.error.notFound", caseId));
	}

}
