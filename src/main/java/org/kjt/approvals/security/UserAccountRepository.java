package org.kjt.approvals.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccount> findByDepartmentCodeAndDivisionCodeOrderByUsername(String departmentCode, String divisionCode);

}
