package org.kjt.approvals.cases;

import java.time.Instant;
import java.time.LocalDate;

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

/** One application and where it stands; the history is kept in {@link CaseEvent}s. */
@Entity
@Table(name = "apl_case")
class CaseFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "reference_no", length = 32)
	private String referenceNo;

	@Column(name = "department_code", nullable = false, length = 32)
	private String departmentCode;

	@Column(name = "item_code", nullable = false, length = 64)
	private String itemCode;

	@Column(name = "process_key", nullable = false, length = 64)
	private String processKey;

	@Column(name = "applicant_username", nullable = false, length = 64)
	private String applicantUsername;

	@Column(name = "applicant_name", nullable = false, length = 200)
	private String applicantName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private CaseStatus status;

	@Column(name = "current_step", length = 64)
	private String currentStep;

	@Column(name = "current_division", length = 64)
	private String currentDivision;

	@Column(name = "form_json", columnDefinition = "TEXT")
	private String formJson;

	@Column(name = "process_instance_id", length = 64)
	private String processInstanceId;

	@Column(name = "query_code", length = 16)
	private @Nullable String queryCode;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "received_on")
	private LocalDate receivedOn;

	@Column(name = "first_received_on")
	private LocalDate firstReceivedOn;

	@Column(name = "intake_deadline")
	private LocalDate intakeDeadline;

	@Column(name = "accepted_on")
	private LocalDate acceptedOn;

	@Column(name = "clock_state", nullable = false, length = 16)
	@Enumerated(EnumType.STRING)
	private ClockState clockState = ClockState.NOT_STARTED;

	private LocalDate deadline;

	@Column(nullable = false)
	private boolean extended;

	@Column(name = "extension_reason", length = 1000)
	private String extensionReason;

	@Column(name = "suspended_days", nullable = false)
	private int suspendedDays;

	@Column(name = "correction_rounds", nullable = false)
	private int correctionRounds;

	@Column(nullable = false)
	private boolean overdue;

	@Column(nullable = false)
	private boolean reminded;

	@Column(length = 16)
	private String proposal;

	@Column(length = 16)
	private String decision;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "decision_working_days")
	private Integer decisionWorkingDays;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected CaseFile() {
	}

	CaseFile(String departmentCode, ServiceItem item, String applicantUsername, String applicantName, String formJson,
			Instant now) {
		this.departmentCode = departmentCode;
		this.itemCode = item.code();
		this.processKey = item.process();
		this.applicantUsername = applicantUsername;
		this.applicantName = applicantName;
		this.formJson = formJson;
		this.status = CaseStatus.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Another account of the organisation takes the case over. */
	void handTo(String applicantUsername) {
		this.applicantUsername = applicantUsername;
	}

	void assignReference(String referenceNo) {
		this.referenceNo = referenceNo;
	}

	void updateForm(String formJson, Instant now) {
		this.formJson = formJson;
		this.updatedAt = now;
	}

	void submitted(@Nullable String processInstanceId, Instant now, LocalDate receivedOn,
			@Nullable LocalDate intakeDeadline, String queryCode) {
		// Printed on the first receipt; a resubmission keeps it.
		if (this.queryCode == null) {
			this.queryCode = queryCode;
		}
		this.processInstanceId = processInstanceId;
		this.submittedAt = now;
		this.receivedOn = receivedOn;
		if (this.firstReceivedOn == null) {
			this.firstReceivedOn = receivedOn;
		}
		this.intakeDeadline = intakeDeadline;
		this.status = CaseStatus.SUBMITTED;
		this.updatedAt = now;
	}

	void processStarted(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void status(CaseStatus status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	void correctionRequested(Instant now) {
		this.correctionRounds++;
		status(CaseStatus.CORRECTION_REQUESTED, now);
	}

	void resubmitted(Instant now, LocalDate receivedOn, LocalDate intakeDeadline) {
		this.receivedOn = receivedOn;
		this.intakeDeadline = intakeDeadline;
		status(CaseStatus.SUBMITTED, now);
	}

	/** The intake limit counted again (a newly published year of holidays). */
	void intakeDeadline(LocalDate intakeDeadline) {
		this.intakeDeadline = intakeDeadline;
	}

	void accepted(LocalDate acceptedOn, Instant now) {
		this.acceptedOn = acceptedOn;
		status(CaseStatus.ACCEPTED, now);
	}

	void clock(ClockState state, LocalDate deadline, boolean extended, int suspendedDays) {
		this.clockState = state;
		this.deadline = deadline;
		this.extended = extended;
		this.suspendedDays = suspendedDays;
	}

	void extensionReason(String reason) {
		this.extensionReason = reason;
	}

	void step(String step, String division, Instant now) {
		this.currentStep = step;
		this.currentDivision = division;
		this.updatedAt = now;
	}

	void proposal(String proposal) {
		this.proposal = proposal;
	}

	void decided(CaseStatus status, String decision, LocalDate decidedOn, @Nullable Integer workingDays, Instant now) {
		this.decision = decision;
		// The decision's day is the first one: a later conclusion (a work permit's card,
		// an
		// outbound trip's report) changes where the case stands, not when it was decided.
		if (this.decidedOn == null) {
			this.decidedOn = decidedOn;
			this.decisionWorkingDays = workingDays;
		}
		status(status, now);
	}

	void reminded() {
		this.reminded = true;
	}

	void overdue() {
		this.overdue = true;
	}

	Long getId() {
		return this.id;
	}

	String getReferenceNo() {
		return this.referenceNo;
	}

	String getDepartmentCode() {
		return this.departmentCode;
	}

	String getItemCode() {
		return this.itemCode;
	}

	String getProcessKey() {
		return this.processKey;
	}

	String getApplicantUsername() {
		return this.applicantUsername;
	}

	String getApplicantName() {
		return this.applicantName;
	}

	CaseStatus getStatus() {
		return this.status;
	}

	String getCurrentStep() {
		return this.currentStep;
	}

	String getCurrentDivision() {
		return this.currentDivision;
	}

	String getFormJson() {
		return this.formJson;
	}

	String getProcessInstanceId() {
		return this.processInstanceId;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	LocalDate getIntakeDeadline() {
		return this.intakeDeadline;
	}

	LocalDate getAcceptedOn() {
		return this.acceptedOn;
	}

	ClockState getClockState() {
		return this.clockState;
	}

	LocalDate getDeadline() {
		return this.deadline;
	}

	boolean isExtended() {
		return this.extended;
	}

	String getExtensionReason() {
		return this.extensionReason;
	}

	int getSuspendedDays() {
		return this.suspendedDays;
	}

	int getCorrectionRounds() {
		return this.correctionRounds;
	}

	boolean isOverdue() {
		return this.overdue;
	}

	boolean isReminded() {
		return this.reminded;
	}

	String getProposal() {
		return this.proposal;
	}

	String getDecision() {
		return this.decision;
	}

	LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	@Nullable String getQueryCode() {
		return this.queryCode;
	}

}
