package org.kjt.approvals.evaluation;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

	Optional<Certificate> findByNumber(String number);

	Optional<Certificate> findByCaseId(Long caseId);

	@Query("select count(c) from Certificate c where c.departmentCode = :department and c.itemCode = :item"
			+ " and c.issuedOn >= :from and c.issuedOn < :to")
	long countIssued(@Param("department") @Nullable String department, @Param("item") @Nullable String item,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

	@Query("select c from Certificate c where (:department is null or c.departmentCode = :department)"
			+ " and (:item is null or c.itemCode = :item)"
			+ " and (:q is null or c.holder like concat('%', :q, '%') or c.number = :q) order by c.issuedOn desc, c.id desc")
	Page<Certificate> search(@Param("department") @Nullable String department, @Param("item") @Nullable String item,
			@Param("q") @Nullable String q, Pageable pageable);

}
