package org.kjt.approvals.evaluation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A call for applications (申报批次) of one item in one department, with its window. */
@Entity
@Table(name = "ev_call")
class Call {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "department_code", nullable = false, length = 32)
	private String departmentCode;

	@Column(name = "item_code", nullable = false, length = 64)
	private String itemCode;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(name = "opens_at", nullable = false)
	private Instant opensAt;

	@Column(name = "closes_at", nullable = false)
	private Instant closesAt;

	private @Nullable Integer quota;

	@Column(nullable = false)
	private boolean extended;

	/** Applications taken so far: counted under the call's lock, against the quota. */
	@Column(nullable = false)
	private int entries;

	@Column(name = "extension_reason", length = 1000)
	private @Nullable String extensionReason;

	@Column(name = "extended_by", length = 64)
	private @Nullable String extendedBy;

	@Column(name = "extended_at")
	private @Nullable Instant extendedAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Call() {
	}

	Call(String departmentCode, String itemCode, String title, Instant opensAt, Instant closesAt,
			@Nullable Integer quota, String createdBy, Instant createdAt) {
		this.departmentCode = departmentCode;
		this.itemCode = itemCode;
		this.title = title;
		this.opensAt = opensAt;
		this.closesAt = closesAt;
		this.quota = quota;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void extend(Instant closesAt, String reason, String by, Instant at) {
		this.closesAt = closesAt;
		this.extended = true;
		this.extensionReason = reason;
		this.extendedBy = by;
		this.extendedAt = at;
	}

	void entered() {
		this.entries++;
	}

	int getEntries() {
		return this.entries;
	}

	boolean isOpenAt(Instant instant) {
		return !instant.isBefore(this.opensAt) && instant.isBefore(this.closesAt);
	}

	Long getId() {
		return this.id;
	}

	String getDepartmentCode() {
		return this.departmentCode;
	}

	String getItemCode() {
		return this.itemCode;
	}

	String getTitle() {
		return this.title;
	}

	Instant getOpensAt() {
		return this.opensAt;
	}

	Instant getClosesAt() {
		return this.closesAt;
	}

	@Nullable Integer getQuota() {
		return this.quota;
	}

	boolean isExtended() {
		return this.extended;
	}

	@Nullable String getExtensionReason() {
		return this.extensionReason;
	}

	@Nullable String getExtendedBy() {
		return this.extendedBy;
	}

}
