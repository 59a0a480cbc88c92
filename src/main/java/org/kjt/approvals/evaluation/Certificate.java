package org.kjt.approvals.evaluation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A certificate that ends a recognition or an award: public and verifiable. */
@Entity
@Table(name = "ev_certificate")
class Certificate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "certificate_no", nullable = false, length = 64)
	private String number;

	@Column(name = "case_id", nullable = false)
	private Long caseId;

	@Column(name = "department_code", nullable = false, length = 32)
	private String departmentCode;

	@Column(name = "item_code", nullable = false, length = 64)
	private String itemCode;

	@Column(nullable = false, length = 200)
	private String holder;

	@Column(name = "holder_credit_code", length = 18)
	private @Nullable String holderCreditCode;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(name = "issued_on", nullable = false)
	private LocalDate issuedOn;

	@Column(name = "valid_until")
	private @Nullable LocalDate validUntil;

	protected Certificate() {
	}

	Certificate(String number, long caseId, String departmentCode, String itemCode, String holder,
			@Nullable String holderCreditCode, String title, LocalDate issuedOn, @Nullable LocalDate validUntil) {
		this.number = number;
		this.caseId = caseId;
		this.departmentCode = departmentCode;
		this.itemCode = itemCode;
		this.holder = holder;
		this.holderCreditCode = holderCreditCode;
		this.title = title;
		this.issuedOn = issuedOn;
		this.validUntil = validUntil;
	}

	String getNumber() {
		return this.number;
	}

	Long getCaseId() {
		return this.caseId;
	}

	String getDepartmentCode() {
		return this.departmentCode;
	}

	String getItemCode() {
		return this.itemCode;
	}

	String getHolder() {
		return this.holder;
	}

	@Nullable String getHolderCreditCode() {
		return this.holderCreditCode;
	}

	String getTitle() {
		return this.title;
	}

	LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	@Nullable LocalDate getValidUntil() {
		return this.validUntil;
	}

}
