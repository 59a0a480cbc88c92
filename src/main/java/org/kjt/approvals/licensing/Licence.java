package org.kjt.approvals.licensing;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A licence issued on a grant decision (Art. 39): number, holder, item, scope, validity.
 */
@Entity
@Table(name = "lic_licence")
class Licence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "licence_no", nullable = false, unique = true, length = 64)
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
	private String holderCreditCode;

	@Column(nullable = false, length = 2000)
	private String scope;

	@Column(name = "issued_on", nullable = false)
	private LocalDate issuedOn;

	@Column(name = "valid_until", nullable = false)
	private LocalDate validUntil;

	@Column(nullable = false, length = 16)
	@Enumerated(EnumType.STRING)
	private LicenceStatus status;

	@Column(name = "facility_address", length = 300)
	private String facilityAddress;

	@Column(name = "legal_representative", length = 100)
	private String legalRepresentative;

	protected Licence() {
	}

	Licence(String number, Long caseId, String departmentCode, String itemCode, String holder, String holderCreditCode,
			String scope, LocalDate issuedOn, LocalDate validUntil) {
		this.number = number;
		this.caseId = caseId;
		this.departmentCode = departmentCode;
		this.itemCode = itemCode;
		this.holder = holder;
		this.holderCreditCode = holderCreditCode;
		this.scope = scope;
		this.issuedOn = issuedOn;
		this.validUntil = validUntil;
		this.status = LicenceStatus.ISSUED;
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

	String getScope() {
		return this.scope;
	}

	LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	LocalDate getValidUntil() {
		return this.validUntil;
	}

	LicenceStatus getStatus() {
		return this.status;
	}

	String getHolderCreditCode() {
		return this.holderCreditCode;
	}

	String getFacilityAddress() {
		return this.facilityAddress;
	}

	String getLegalRepresentative() {
		return this.legalRepresentative;
	}

	Licence particulars(String facilityAddress, String legalRepresentative) {
		this.facilityAddress = facilityAddress;
		this.legalRepresentative = legalRepresentative;
		return this;
	}

	/** Art. 49: one particular changed; the current value of it. */
	String current(String changeType) {
		return switch (changeType) {
			case "HOLDER_NAME" -> this.holder;
			case "FACILITY_ADDRESS" -> this.facilityAddress;
			case "LEGAL_REPRESENTATIVE" -> this.legalRepresentative;
			default -> throw new IllegalArgumentException("Unknown change " + changeType);
		};
	}

	void change(String changeType, String value) {
		switch (changeType) {
			case "HOLDER_NAME" -> this.holder = value;
			case "FACILITY_ADDRESS" -> this.facilityAddress = value;
			case "LEGAL_REPRESENTATIVE" -> this.legalRepresentative = value;
			default -> throw new IllegalArgumentException("Unknown change " + changeType);
		}
	}

	/** Art. 50: renewed for another period from the day after the current one ends. */
	void renewUntil(LocalDate newValidUntil) {
		this.validUntil = newValidUntil;
	}

}
