package org.kjt.approvals.cases;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.kjt.approvals.base.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one lock order of every write: the case row first, then its tasks. The applicant's
 * commands and the staff's steps both take the case lock before anything else, so two
 * writes to one case queue up instead of deadlocking. The lock is taken once per
 * transaction: the locked case stays in the persistence context, and every later step of
 * the same transaction (the engine's delegates included) gets it from there without
 * another round trip.
 */
@Component
public class CaseLocks {

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * Locks a case row for the rest of the transaction.
	 * @param caseId case
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(long caseId) {
		locked(caseId).orElseThrow(() -> DomainException.notFound("case.error.notFound", caseId));
	}

	/**
	 * The case, its row locked: read with {@code FOR UPDATE} the first time in a
	 * transaction, from the persistence context after that.
	 */
	Optional<CaseFile> locked(long caseId) {
		return Optional.ofNullable(this.entityManager.find(CaseFile.class, caseId, LockModeType.PESSIMISTIC_WRITE));
	}

}
