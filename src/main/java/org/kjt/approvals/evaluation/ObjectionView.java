package org.kjt.approvals.evaluation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An objection as the reviewing division handles it.
 *
 * @param id objection id
 * @param noticeId the notice objected to
 * @param caseId the case
 * @param subject whom the notice concerns
 * @param name who objects
 * @param contact how to reach them
 * @param reason why
 * @param receivedAt when
 * @param state open, upheld or rejected
 * @param answer the reasons of the handling
 */
public record ObjectionView(long id, long noticeId, long caseId, String subject, String name, String contact,
		String reason, Instant receivedAt, ObjectionState state, @Nullable String answer) {

}
