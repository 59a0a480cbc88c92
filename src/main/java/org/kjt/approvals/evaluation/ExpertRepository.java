package org.kjt.approvals.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertRepository extends JpaRepository<Expert, Long> {

	org.springframework.data.domain.Page<Expert> findByDepartmentCodeAndDivisionCodeOrderById(String departmentCode,
			String divisionCode, org.springframework.data.domain.Pageable pageable);

	List<Expert> findByDepartmentCodeAndDivisionCodeAndActiveTrueOrderById(String departmentCode, String divisionCode);

	Optional<Expert> findByUsername(String username);

}
