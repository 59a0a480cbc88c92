package org.kjt.approvals.licensing;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LicenceRepository extends JpaRepository<Licence, Long> {

	Optional<Licence> findByNumber(String number);

	Optional<Licence> findByCaseId(Long caseId);

	@Query("select count(l) from Licence l where l.number like :prefix%")
	long countWithPrefix(@Param("prefix") String prefix);

}
