package org.kjt.approvals.licensing;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LicenceRepository extends JpaRepository<Licence, Long> {

	Optional<Licence> findByNumber(String number);

	Optional<Licence> findByCaseId(Long caseId);

	/**
	 * The public register (Art. 40): newest first, optionally of one department and
	 * matching a holder, number or scope.
	 */
	@Query("select l from Licence l where (:department is null or l.departmentCode = :department)"
			+ " and (:pattern is null or l.holder like :pattern escape '!' or l.number like :pattern escape '!'"
			+ " or l.scope like :pattern escape '!') order by l.issuedOn desc, l.id desc")
	Page<Licence> search(@Nullable @Param("department") String department, @Nullable @Param("pattern") String pattern,
			Pageable pageable);

	@Query("select count(l) from Licence l where l.number like :prefix%")
	long countWithPrefix(@Param("prefix") String prefix);

}
