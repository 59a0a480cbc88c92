package org.kjt.approvals.cases;

import java.time.Instant;

/**
 * A step a user completed.
 *
 * @param caseId case
 * @param referenceNo case reference number
 * @param item service item code
 * @param step step
 * @param outcome outcome chosen
 * @param at when
 */
public record DoneStep(Long caseId, String referenceNo, String item, String step, String outcome, Instant at) {

}
