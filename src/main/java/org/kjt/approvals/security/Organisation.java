package org.kjt.approvals.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** An applicant organisation: one per unified social credit code. */
@Entity
@Table(name = "app_organisation")
class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "credit_code", nullable = false, unique = true, length = 18)
	private String creditCode;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "department_code", nullable = false, length = 32)
	private String departmentCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private OrganisationStatus status;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "decided_by", length = 64)
	private @Nullable String decidedBy;

	@Column(name = "decision_reason", length = 1000)
	private @Nullable String decisionReason;

	@Version
	private long version;

	protected Organisation() {
	}

	Organisation(String creditCode, String name, String departmentCode, Instant registeredAt) {
		this.creditCode = creditCode;
		this.name = name;
		this.departmentCode = departmentCode;
		this.status = OrganisationStatus.PENDING;
		this.registeredAt = registeredAt;
	}

	void verify(String by, Instant at) {
		this.status = OrganisationStatus.VERIFIED;
		this.decidedBy = by;
		this.decidedAt = at;
		this.decisionReason = null;
	}

	void refuse(String by, Instant at, String reason) {
		this.status = OrganisationStatus.REFUSED;
		this.decidedBy = by;
		this.decidedAt = at;
		this.decisionReason = reason;
	}

	/** A new licence document after a refusal: checked again. */
	void resubmitted() {
		if (this.status == OrganisationStatus.REFUSED) {
			this.status = OrganisationStatus.PENDING;
		}
	}

	Long getId() {
		return this.id;
	}

	String getCreditCode() {
		return this.creditCode;
	}

	String getName() {
		return this.name;
	}

	String getDepartmentCode() {
		return this.departmentCode;
	}

	OrganisationStatus getStatus() {
		return this.status;
	}

	Instant getRegisteredAt() {
		return this.registeredAt;
	}

	@Nullable Instant getDecidedAt() {
		return this.decidedAt;
	}

	@Nullable String getDecidedBy() {
		return this.decidedBy;
	}

	@Nullable String getDecisionReason() {
		return this.decisionReason;
	}

	String licenceRef() {
		return "organisation-" + this.id;
	}

}
