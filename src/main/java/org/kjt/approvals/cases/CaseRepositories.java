package org.kjt.approvals.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

	Page<CaseFile> findByApplicantUsernameOrderByCreatedAtDesc(String applicantUsername, Pageable pageable);

	/**
	 * One applicant's cases of one item, optionally at one step; few rows per applicant.
	 */
	@Query("select c from CaseFile c where c.applicantUsername = :applicant and c.itemCode = :item"
			+ " and (:step is null or c.currentStep = :step) order by c.createdAt desc")
	Page<CaseFile> findOwnOfItem(@Param("applicant") String applicant, @Param("item") String item,
			@Param("step") @Nullable String step, Pageable pageable);

	Optional<CaseFile> findByProcessInstanceId(String processInstanceId);

	List<CaseFile> findByClockStateInAndDeadlineGreaterThanEqual(Collection<ClockState> states, LocalDate from);

}

interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

	List<CaseEvent> findByCaseIdOrderByIdAsc(Long caseId);

	@Query(value = "select new org.kjt.approvals.cases.DoneStep(c.id, c.referenceNo, c.itemCode, e.step, e.outcome,"
			+ " e.occurredAt) from CaseEvent e, CaseFile c where c.id = e.caseId and e.actor = :actor"
			+ " and e.type = 'TASK_COMPLETED' order by e.occurredAt desc",
			countQuery = "select count(e) from CaseEvent e where e.actor = :actor and e.type = 'TASK_COMPLETED'")
	Page<DoneStep> findDone(@Param("actor") String actor, Pageable pageable);

}
