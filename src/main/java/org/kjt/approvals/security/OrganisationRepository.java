package org.kjt.approvals.security;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findByCreditCode(String creditCode);

	boolean existsByCreditCode(String creditCode);

	Page<Organisation> findByDepartmentCodeAndStatusOrderByRegisteredAtAsc(String departmentCode,
			OrganisationStatus status, Pageable pageable);

}
