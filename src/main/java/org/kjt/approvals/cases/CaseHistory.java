package org.kjt.approvals.cases;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Phrase;
import org.kjt.approvals.base.Translations;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the case history, and reads the steps a user completed. */
@Service
public class CaseHistory {

	private final CaseEventRepository events;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Translations translations;

	CaseHistory(CaseEventRepository events, CurrentUser currentUser, Clock clock, Translations translations) {
		this.translations = translations;
		this.events = events;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	void record(CaseFile file, String actor, HistoryType type, @Nullable String step, @Nullable String outcome,
			@Nullable String detail) {
		this.events.save(new CaseEvent(file.getId(), this.clock.instant(), actor, type, step, outcome, detail));
	}

	/**
	 * Records an entry whose detail the system wrote: kept in Chinese and as the phrase,
	 * for readers of other languages.
	 */
	void record(CaseFile file, String actor, HistoryType type, @Nullable String step, @Nullable String outcome,
			Phrase detail) {
		this.events.save(new CaseEvent(file.getId(), this.clock.instant(), actor, type, step, outcome,
				this.translations.translate(detail))
			.phrase(detail));
	}

	/**
	 * Records an entry a module's own service wrote outside the engine (e.g. an expert's
	 * conflict declared, an objection handled): the caller has checked the user.
	 * @param caseId case
	 * @param actor user name
	 * @param type entry type
	 * @param step step, may be null
	 * @param detail the detail, for each reader in their language
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordEvent(long caseId, String actor, HistoryType type, @Nullable String step, Phrase detail) {
		this.events.save(new CaseEvent(caseId, this.clock.instant(), actor, type, step, null,
				this.translations.translate(detail))
			.phrase(detail));
	}

	/** Forgets the history of a draft that is deleted (nothing of it was received). */
	void forget(long caseId) {
		this.events.deleteByCaseId(caseId);
	}

	/**
	 * Records a completed step with the fields it was completed with, for the approval
	 * trail.
	 */
	void recordCompletion(CaseFile file, String actor, String step, String outcome, String opinion,
			Map<String, @Nullable Object> fields) {
		Map<String, Object> given = new LinkedHashMap<>();
		fields.forEach((code, value) -> {
			if (value != null && !(value instanceof String text && text.isBlank())) {
				given.put(code, value);
			}
		});
		this.events.save(new CaseEvent(file.getId(), this.clock.instant(), actor, CaseHistoryType.TASK_COMPLETED, step,
				outcome, opinion)
			.fields(given.isEmpty() ? null : this.json.writeValueAsString(given)));
	}

	/**
	 * Records what the workbench did with a task (claimed, transferred, returned) in the
	 * case history. The workbench has checked the user before calling.
	 * @param caseId case
	 * @param actor user name
	 * @param type entry type
	 * @param step step
	 * @param detail detail, may be null
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordTaskEvent(long caseId, String actor, HistoryType type, String step, @Nullable String detail) {
		this.events.save(new CaseEvent(caseId, this.clock.instant(), actor, type, step, null, detail));
	}

	/**
	 * Records a task event with an outcome and fields (a consultation asked or answered).
	 * @param caseId case
	 * @param actor user name
	 * @param type entry type
	 * @param step step
	 * @param outcome outcome, may be null
	 * @param detail the text
	 * @param fields fields shown in the approval trail
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordTaskEvent(long caseId, String actor, HistoryType type, String step, @Nullable String outcome,
			String detail, Map<String, Object> fields) {
		this.events.save(new CaseEvent(caseId, this.clock.instant(), actor, type, step, outcome, detail)
			.fields(fields.isEmpty() ? null : this.json.writeValueAsString(fields)));
	}

	/**
	 * The steps the current user completed, newest first: the "done" list.
	 * @param pageable page
	 * @param item only steps of cases of this service item, if given
	 * @param step only this step, if given
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page<DoneStep> doneByMe(@Nullable String item, @Nullable String step, Pageable pageable) {
		AppUser user = this.currentUser.require();
		if (!user.isStaff()) {
			throw DomainException.forbidden("task.error.staffOnly");
		}
		return this.events.findDone(user.username(), (item != null) ? item : "", (step != null) ? step : "", pageable);
	}

}
