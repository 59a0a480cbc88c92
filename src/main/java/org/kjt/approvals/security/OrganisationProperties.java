package org.kjt.approvals.security;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Organisation verification.
 *
 * @param verifyingDivision per department, the division whose staff verify applicant
 * organisations (the administrative approval office, which takes in applications)
 */
@ConfigurationProperties("approvals.organisations")
record OrganisationProperties(Map<String, String> verifyingDivision) {

	OrganisationProperties {
		verifyingDivision = (verifyingDivision != null) ? Map.copyOf(verifyingDivision) : Map.of();
	}

}
