package org.kjt.approvals.evaluation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An application submitted in a call: counted against its quota. */
@Entity
@Table(name = "ev_call_entry")
class CallEntry {

	@Id
	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "call_id", nullable = false)
	private Long callId;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	protected CallEntry() {
	}

	CallEntry(long caseId, long callId, Instant submittedAt) {
		this.caseId = caseId;
		this.callId = callId;
		this.submittedAt = submittedAt;
	}

	Long getCallId() {
		return this.callId;
	}

}
