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

	/**
	 * An item's calls in a department, read as last committed and locked (on MySQL and
	 * MariaDB with the range, so that two calls opened together cannot overlap).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Call c where c.departmentCode = :department and c.itemCode = :item order by c.opensAt desc")
	List<Call> lockOfItem(@Param("department") String department, @Param("item") String item);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Call c where c.id = :id")
	Optional<Call> lock(@Param("id") long id);

	@Query("select c from Call c where (:department is null or c.departmentCode = :department)"
			+ " and c.closesAt > :since order by c.opensAt desc")
	List<Call> notClosedBefore(@Param("department") @org.jspecify.annotations.Nullable String department,
			@Param("since") java.time.Instant since);

}
