package org.kjt.approvals.base;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the application under the {@code approvals} prefix.
 *
 * @param processesDir folder holding every BPMN and DMN file
 * @param zone the departments' time zone, used for dates and deadlines
 * @param demoData whether demo accounts and demo data are created
 */
@ConfigurationProperties("approvals")
public record ApprovalsProperties(String processesDir, ZoneId zone, boolean demoData) {

	public ApprovalsProperties {
		if (processesDir == null || processesDir.isBlank()) {
			processesDir = "processes";
		}
		if (zone == null) {
			zone = ZoneId.of("Asia/Shanghai");
		}
	}

}
