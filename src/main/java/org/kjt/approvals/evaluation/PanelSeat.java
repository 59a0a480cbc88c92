package org.kjt.approvals.evaluation;

import java.math.BigDecimal;
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

/** An expert's seat on a panel: their scores, or the conflict they declared. */
@Entity
@Table(name = "ev_panel_seat")
class PanelSeat {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "draw_id", nullable = false)
	private Long drawId;

	@Column(name = "case_id", nullable = false)
	private Long caseId;

	@Column(name = "expert_id", nullable = false)
	private Long expertId;

	@Column(name = "expert_username", nullable = false, length = 64)
	private String expertUsername;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ExpertKind kind;

	/** 0 for the first draw, n for the n-th replacement. */
	@Column(name = "draw_no", nullable = false)
	private int drawNo;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private SeatState state = SeatState.ASSIGNED;

	@Column(name = "scores_json", length = 2000)
	private @Nullable String scoresJson;

	@Column(precision = 7, scale = 2)
	private @Nullable BigDecimal total;

	@Column(name = "comment_text", length = 2000)
	private @Nullable String comment;

	@Column(name = "scored_at")
	private @Nullable Instant scoredAt;

	@Column(nullable = false)
	private boolean late;

	@Column(name = "conflict_reason", length = 1000)
	private @Nullable String conflictReason;

	@Version
	private long version;

	protected PanelSeat() {
	}

	PanelSeat(Draw draw, Expert expert, ExpertKind kind, int drawNo) {
		this.drawId = draw.getId();
		this.caseId = draw.getCaseId();
		this.expertId = expert.getId();
		this.expertUsername = expert.getUsername();
		this.kind = kind;
		this.drawNo = drawNo;
	}

	void scored(String scoresJson, BigDecimal total, String comment, Instant at, boolean late) {
		this.state = SeatState.SCORED;
		this.scoresJson = scoresJson;
		this.total = total;
		this.comment = comment;
		this.scoredAt = at;
		this.late = late;
	}

	void close() {
		this.state = SeatState.CLOSED;
	}

	void conflict(String reason) {
		this.state = SeatState.CONFLICT;
		this.conflictReason = reason;
	}

	Long getId() {
		return this.id;
	}

	Long getDrawId() {
		return this.drawId;
	}

	Long getCaseId() {
		return this.caseId;
	}

	Long getExpertId() {
		return this.expertId;
	}

	String getExpertUsername() {
		return this.expertUsername;
	}

	ExpertKind getKind() {
		return this.kind;
	}

	int getDrawNo() {
		return this.drawNo;
	}

	SeatState getState() {
		return this.state;
	}

	@Nullable String getScoresJson() {
		return this.scoresJson;
	}

	@Nullable BigDecimal getTotal() {
		return this.total;
	}

	@Nullable String getComment() {
		return this.comment;
	}

	@Nullable Instant getScoredAt() {
		return this.scoredAt;
	}

	boolean isLate() {
		return this.late;
	}

	@Nullable String getConflictReason() {
		return this.conflictReason;
	}

}
