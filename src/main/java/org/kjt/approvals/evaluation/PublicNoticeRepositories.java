package org.kjt.approvals.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeRepository extends JpaRepository<PublicNotice, Long> {

	@Query("select n from PublicNotice n where (:department is null or n.departmentCode = :department)"
			+ " and n.startsOn <= :day and n.endsOn >= :day and n.withdrawn = false order by n.endsOn, n.id")
	Page<PublicNotice> runningOn(@Param("department") @Nullable String department, @Param("day") LocalDate day,
			Pageable pageable);

	Optional<PublicNotice> findFirstByCaseIdOrderByIdDesc(Long caseId);

	List<PublicNotice> findByIdIn(Collection<Long> ids);

}

interface ObjectionRepository extends JpaRepository<Objection, Long> {

	List<Objection> findByCaseIdOrderById(Long caseId);

	long countByNoticeIdAndState(Long noticeId, ObjectionState state);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from Objection o where o.id = :id")
	Optional<Objection> lock(@Param("id") long id);

	@Query("select o from Objection o, PublicNotice n where o.noticeId = n.id and n.departmentCode = :department"
			+ " and n.itemCode in :items and o.state = :state order by o.receivedAt")
	Page<Objection> ofItems(@Param("department") String department, @Param("items") Collection<String> items,
			@Param("state") ObjectionState state, Pageable pageable);

}
