package org.kjt.approvals.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

	Page<CaseFile> findByApplicantUsernameOrderByCreatedAtDesc(String applicantUsername, Pageable pageable);

	/** The ids of one applicant's cases, in the order they are locked. */
	@Query("select c.id from CaseFile c where c.applicantUsername = :applicant order by c.id")
	List<Long> idsOfApplicant(@Param("applicant") String applicant);

	/**
	 * One applicant's cases of some items, optionally at one step; few rows per
	 * applicant.
	 */
	@Query("select c from CaseFile c where c.applicantUsername = :applicant and c.itemCode in :items"
			+ " and (:step is null or c.currentStep = :step) order by c.createdAt desc")
	Page<CaseFile> findOwnOfItems(@Param("applicant") String applicant, @Param("items") Collection<String> items,
			@Param("step") @Nullable String step, Pageable pageable);

	Optional<CaseFile> findByProcessInstanceId(String processInstanceId);

	Optional<CaseFile> findByReferenceNo(String referenceNo);

	@Query("select u.creditCode from UserAccount u where u.username = :username and u.creditCode is not null")
	Optional<String> creditCodeOf(@Param("username") String username);

	@Query("select c from CaseFile c where c.departmentCode = :department and c.submittedAt is not null"
			+ " and (:exact is null or c.referenceNo = :exact or c.applicantName like :like escape '!'"
			+ " or c.applicantUsername in (select u.username from UserAccount u where u.creditCode = :exact))"
			+ " and (:item is null or c.itemCode = :item) and (:status is null or c.status = :status)"
			+ " and (:since is null or c.submittedAt >= :since) and (:until is null or c.submittedAt < :until)"
			+ " order by c.submittedAt desc, c.id desc")
	Page<CaseFile> search(@Param("department") String department, @Param("exact") @Nullable String exact,
			@Param("like") @Nullable String like, @Param("item") @Nullable String item,
			@Param("status") @Nullable CaseStatus status, @Param("since") @Nullable Instant since,
			@Param("until") @Nullable Instant until, Pageable pageable);

	List<CaseFile> findByClockStateInAndDeadlineGreaterThanEqual(Collection<ClockState> states, LocalDate from);

	/** Cases waiting for intake whose intake limit ends on or after a day. */
	List<CaseFile> findByStatusAndIntakeDeadlineGreaterThanEqual(CaseStatus status, LocalDate from);

}

interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

	List<CaseEvent> findByCaseIdOrderByIdAsc(Long caseId);

	@Modifying
	@Query("delete from CaseEvent e where e.caseId = :caseId")
	int deleteByCaseId(@Param("caseId") Long caseId);

	@Query(value = "select new org.kjt.approvals.cases.DoneStep(c.id, c.referenceNo, c.itemCode, e.step, e.outcome,"
			+ " e.occurredAt) from CaseEvent e, CaseFile c where c.id = e.caseId and e.actor = :actor"
			+ " and e.type = 'TASK_COMPLETED' and (:item = '' or c.itemCode = :item) and (:step = '' or e.step = :step)"
			+ " order by e.occurredAt desc",
			countQuery = "select count(e) from CaseEvent e, CaseFile c where c.id = e.caseId and e.actor = :actor"
					+ " and e.type = 'TASK_COMPLETED' and (:item = '' or c.itemCode = :item)"
					+ " and (:step = '' or e.step = :step)")
	Page<DoneStep> findDone(@Param("actor") String actor, @Param("item") String item, @Param("step") String step,
			Pageable pageable);

}
