package org.kjt.approvals.orgstructure;

import java.time.Instant;

/**
 * A recorded change of the routing table.
 *
 * @param department department code
 * @param item service item code
 * @param role step role
 * @param oldDivision previous division, null when the entry was new
 * @param newDivision new division
 * @param reason reason given
 * @param changedBy user name, or {@code reference-data} for the data file
 * @param changedAt when
 */
public record RoutingChangeView(String department, String item, StepRole role, String oldDivision, String newDivision,
		String reason, String changedBy, Instant changedAt) {

}
