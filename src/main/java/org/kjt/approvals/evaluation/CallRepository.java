package org.kjt.approvals.evaluation;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CallRepository extends JpaRepository<Call, Long> {

	List<Call> findByDepartmentCodeOrderByOpensAtDesc(String departmentCode);

	List<Call> findByDepartmentCodeAndItemCodeOrderByOpensAtDesc(String departmentCode, String itemCode);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Call c where c.id = :id")
	Optional<Call> lock(@Param("id") long id);

	@Query("select c from Call c where c.closesAt > :since order by c.opensAt")
	List<Call> notClosedBefore(@Param("since") java.time.Instant since);

}
