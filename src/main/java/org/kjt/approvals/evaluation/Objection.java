package org.kjt.approvals.evaluation;

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

/** An objection (异议) to a public notice, from anyone who gives a name and a reason. */
@Entity
@Table(name = "ev_objection")
class Objection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "notice_id", nullable = false)
	private Long noticeId;

	@Column(name = "case_id", nullable = false)
	private Long caseId;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false, length = 200)
	private String contact;

	@Column(nullable = false, length = 2000)
	private String reason;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ObjectionState state = ObjectionState.OPEN;

	@Column(length = 2000)
	private @Nullable String answer;

	@Column(name = "handled_by", length = 64)
	private @Nullable String handledBy;

	@Column(name = "handled_at")
	private @Nullable Instant handledAt;

	@Version
	private long version;

	protected Objection() {
	}

	Objection(PublicNotice notice, String name, String contact, String reason, Instant receivedAt) {
		this.noticeId = notice.getId();
		this.caseId = notice.getCaseId();
		this.name = name;
		this.contact = contact;
		this.reason = reason;
		this.receivedAt = receivedAt;
	}

	void handle(boolean upheld, String answer, String by, Instant at) {
		this.state = upheld ? ObjectionState.UPHELD : ObjectionState.REJECTED;
		this.answer = answer;
		this.handledBy = by;
		this.handledAt = at;
	}

	Long getId() {
		return this.id;
	}

	Long getNoticeId() {
		return this.noticeId;
	}

	Long getCaseId() {
		return this.caseId;
	}

	String getName() {
		return this.name;
	}

	String getContact() {
		return this.contact;
	}

	String getReason() {
		return this.reason;
	}

	Instant getReceivedAt() {
		return this.receivedAt;
	}

	ObjectionState getState() {
		return this.state;
	}

	@Nullable String getAnswer() {
		return this.answer;
	}

	@Nullable String getHandledBy() {
		return this.handledBy;
	}

}
