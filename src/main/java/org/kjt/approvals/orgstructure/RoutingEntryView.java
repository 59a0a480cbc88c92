package org.kjt.approvals.orgstructure;

import java.time.Instant;

/**
 * One routing entry.
 *
 * @param department department code
 * @param item service item code
 * @param role step role
 * @param division responsible division code
 * @param divisionName its Chinese name
 * @param reason why this division (remit text or the admin's reason)
 * @param source FILE (as the data file says) or ADMIN (changed in the UI)
 * @param updatedBy who set it
 * @param updatedAt when
 */
public record RoutingEntryView(String department, String item, StepRole role, String division, String divisionName,
		String reason, String source, String updatedBy, Instant updatedAt) {

}
