package org.kjt.approvals.cases;

import java.time.LocalDate;

/**
 * A case's intake limit was counted again (a newly published year of holidays): the tasks
 * due on the old limit are due on the new one.
 *
 * @param caseId case
 * @param previous the limit before
 * @param deadline the limit now
 */
public record CaseIntakeDeadlineChanged(long caseId, LocalDate previous, LocalDate deadline) {

}
