package org.kjt.approvals.cases;

import java.time.LocalDate;

/**
 * The statutory deadline of a case was set or moved (acceptance, suspension, extension,
 * stop).
 *
 * @param caseId case
 * @param deadline new deadline, {@code null} once the clock stopped
 */
public record CaseDeadlineChanged(long caseId, LocalDate deadline) {

}
