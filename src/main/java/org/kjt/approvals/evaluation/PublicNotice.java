package org.kjt.approvals.evaluation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A proposed result on public notice (公示), open to objections until it ends. */
@Entity
@Table(name = "ev_public_notice")
class PublicNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false)
	private Long caseId;

	@Column(name = "department_code", nullable = false, length = 32)
	private String departmentCode;

	@Column(name = "item_code", nullable = false, length = 64)
	private String itemCode;

	@Column(nullable = false, length = 200)
	private String subject;

	@Column(nullable = false, length = 1000)
	private String proposal;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	/** The case was withdrawn: the notice is taken down. */
	@Column(nullable = false)
	private boolean withdrawn;

	@Version
	private long version;

	protected PublicNotice() {
	}

	PublicNotice(long caseId, String departmentCode, String itemCode, String subject, String proposal,
			LocalDate startsOn, LocalDate endsOn) {
		this.caseId = caseId;
		this.departmentCode = departmentCode;
		this.itemCode = itemCode;
		this.subject = subject;
		this.proposal = proposal;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	boolean runsOn(LocalDate day) {
		return !this.withdrawn && !day.isBefore(this.startsOn) && !day.isAfter(this.endsOn);
	}

	void withdraw() {
		this.withdrawn = true;
	}

	Long getId() {
		return this.id;
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

	String getSubject() {
		return this.subject;
	}

	String getProposal() {
		return this.proposal;
	}

	LocalDate getStartsOn() {
		return this.startsOn;
	}

	LocalDate getEndsOn() {
		return this.endsOn;
	}

}
