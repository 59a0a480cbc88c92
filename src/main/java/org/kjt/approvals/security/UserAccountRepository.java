package org.kjt.approvals.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccount> findByOrganisationIdOrderByUsername(Long organisationId);

	/**
	 * Records a log-in in one statement: concurrent log-ins of one account (several
	 * clients asking for tokens at once) neither conflict nor lose one another.
	 */
	@Modifying
	@Query("update UserAccount a set a.lastLoginAt = :at, a.failedLogins = 0, a.lockedUntil = null"
			+ " where a.username = :username")
	int recordLogin(String username, Instant at);

	/** Whether the account may act now: one row, no roles, for the token check. */
	@Query("select a.email from UserAccount a where a.username = :username and a.enabled = true")
	Optional<String> enabledEmail(@Param("username") String username);

	@Query("select a.enabled as enabled, a.lockedUntil as lockedUntil from UserAccount a where a.username = :username")
	Optional<Standing> findStandingByUsername(String username);

	interface Standing {

		boolean getEnabled();

		@Nullable Instant getLockedUntil();

	}

	List<UserAccount> findByDepartmentCodeAndDivisionCodeOrderByUsername(String departmentCode, String divisionCode);

}
