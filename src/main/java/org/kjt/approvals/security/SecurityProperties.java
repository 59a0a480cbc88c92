package org.kjt.approvals.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Log-in policy.
 *
 * @param maxFailedLogins failed log-ins that lock an account
 * @param lockMinutes how long the lock lasts
 * @param minPasswordLength shortest password accepted
 */
@ConfigurationProperties("approvals.security")
record SecurityProperties(int maxFailedLogins, int lockMinutes, int minPasswordLength) {

	SecurityProperties {
		maxFailedLogins = (maxFailedLogins > 0) ? maxFailedLogins : 5;
		lockMinutes = (lockMinutes > 0) ? lockMinutes : 15;
		minPasswordLength = (minPasswordLength > 0) ? minPasswordLength : 8;
	}

}
