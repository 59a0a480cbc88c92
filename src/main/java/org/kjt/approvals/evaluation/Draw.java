package org.kjt.approvals.evaluation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A panel drawn for a case (one per round of review): the seed it was drawn with, the
 * composition, whom it avoided, and the application as the panel was given it.
 */
@Entity
@Table(name = "ev_draw")
class Draw {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false)
	private Long caseId;

	@Column(name = "round_no", nullable = false)
	private int round;

	@Column(name = "department_code", nullable = false, length = 32)
	private String departmentCode;

	@Column(name = "item_code", nullable = false, length = 64)
	private String itemCode;

	@Column(name = "reference_no", nullable = false, length = 32)
	private String referenceNo;

	@Column(name = "applicant_name", nullable = false, length = 200)
	private String applicantName;

	@Column(name = "applicant_credit_code", length = 18)
	private @Nullable String applicantCreditCode;

	@Column(length = 1000)
	private @Nullable String avoided;

	@Column(name = "application_json", columnDefinition = "TEXT")
	private String applicationJson;

	@Column(nullable = false)
	private long seed;

	@Column(nullable = false, length = 64)
	private String discipline;

	@Column(nullable = false, length = 200)
	private String composition;

	@Column(name = "drawn_at", nullable = false)
	private Instant drawnAt;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	protected Draw() {
	}

	Draw(PanelRequest request, int round, long seed, String composition, Instant drawnAt, String applicationJson) {
		this.caseId = request.caseId();
		this.round = round;
		this.departmentCode = request.departmentCode();
		this.itemCode = request.itemCode();
		this.referenceNo = request.referenceNo();
		this.applicantName = request.applicantName();
		this.applicantCreditCode = request.applicantCreditCode();
		this.avoided = request.avoided();
		this.applicationJson = applicationJson;
		this.seed = seed;
		this.discipline = request.discipline().name();
		this.composition = composition;
		this.drawnAt = drawnAt;
		this.dueOn = request.dueOn();
	}

	Long getId() {
		return this.id;
	}

	Long getCaseId() {
		return this.caseId;
	}

	int getRound() {
		return this.round;
	}

	String getDepartmentCode() {
		return this.departmentCode;
	}

	String getItemCode() {
		return this.itemCode;
	}

	String getReferenceNo() {
		return this.referenceNo;
	}

	String getApplicantName() {
		return this.applicantName;
	}

	@Nullable String getApplicantCreditCode() {
		return this.applicantCreditCode;
	}

	@Nullable String getAvoided() {
		return this.avoided;
	}

	String getApplicationJson() {
		return this.applicationJson;
	}

	long getSeed() {
		return this.seed;
	}

	Discipline discipline() {
		return Discipline.valueOf(this.discipline);
	}

	String getComposition() {
		return this.composition;
	}

	Instant getDrawnAt() {
		return this.drawnAt;
	}

	LocalDate getDueOn() {
		return this.dueOn;
	}

}
