package org.kjt.approvals.cases;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;

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

	CaseHistory(CaseEventRepository events, CurrentUser currentUser, Clock clock) {
		this.events = events;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	void record(CaseFile file, String actor, HistoryType type, @Nullable String step, @Nullable String outcome,
			@Nullable String detail) {
		this.events.save(new CaseEvent(file.getId(), this.clock.instant(), actor, type, step, outcome, detail));
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
	 * The steps the current user completed, newest first: the "done" list.
	 * @param pageable page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page<DoneStep> doneByMe(Pageable pageable) {
		AppUser user = this.currentUser.require();
		if (!user.isStaff()) {
			throw DomainException.forbidden("task.error.staffOnly");
		}
		return this.events.findDone(user.username(), pageable);
	}

}
