package org.kjt.approvals.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.Phrase;
import tools.jackson.databind.json.JsonMapper;

/** One entry of a case's history: a step done, an opinion, a notice, a clock change. */
@Entity
@Table(name = "apl_case_event")
class CaseEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false)
	private Long caseId;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false, length = 32)
	private String type;

	@Column(length = 64)
	private String step;

	@Column(length = 32)
	private String outcome;

	@Column(columnDefinition = "TEXT")
	private String detail;

	@Column(name = "clock_date")
	private LocalDate clockDate;

	@Column(name = "clock_days")
	private Integer clockDays;

	@Column(name = "fields_json", columnDefinition = "MEDIUMTEXT")
	private String fieldsJson;

	/**
	 * The detail's message key, where the system wrote it: read in each reader's
	 * language.
	 */
	@Column(name = "detail_key", length = 100)
	private String detailKey;

	@Column(name = "detail_args", columnDefinition = "TEXT")
	private String detailArgs;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	protected CaseEvent() {
	}

	CaseEvent(Long caseId, Instant occurredAt, String actor, HistoryType type, String step, String outcome,
			String detail) {
		this.caseId = caseId;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.type = type.name();
		this.step = step;
		this.outcome = outcome;
		this.detail = detail;
	}

	CaseEvent clock(LocalDate date, Integer days) {
		this.clockDate = date;
		this.clockDays = days;
		return this;
	}

	CaseEvent fields(String json) {
		this.fieldsJson = json;
		return this;
	}

	/** The detail as a phrase too (its text, in Chinese, is the detail). */
	CaseEvent phrase(Phrase phrase) {
		this.detailKey = phrase.key();
		this.detailArgs = JSON.writeValueAsString(phrase.args());
		return this;
	}

	@Nullable Phrase getPhrase() {
		if (this.detailKey == null) {
			return null;
		}
		List<String> args = (this.detailArgs != null) ? List.of(JSON.readValue(this.detailArgs, String[].class))
				: List.of();
		return new Phrase(this.detailKey, args);
	}

	String getFieldsJson() {
		return this.fieldsJson;
	}

	Long getId() {
		return this.id;
	}

	Long getCaseId() {
		return this.caseId;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	String getActor() {
		return this.actor;
	}

	String getType() {
		return this.type;
	}

	String getStep() {
		return this.step;
	}

	String getOutcome() {
		return this.outcome;
	}

	String getDetail() {
		return this.detail;
	}

	LocalDate getClockDate() {
		return this.clockDate;
	}

	Integer getClockDays() {
		return this.clockDays;
	}

}
