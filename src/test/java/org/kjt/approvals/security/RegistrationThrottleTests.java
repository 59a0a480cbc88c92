package org.kjt.approvals.security;

import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.Committed;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registration limit holds for the deployment, not per node: two nodes (two throttles
 * on one database) share one count per client address.
 */
@ApprovalsTest
class RegistrationThrottleTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@AfterEach
	void forget() {
		RequestContextHolder.resetRequestAttributes();
		Committed.update(this.jdbc, "DELETE FROM app_attempt WHERE address = '198.51.100.23'");
	}

	@Test
	void twoNodesShareOneLimitPerAddress() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("198.51.100.23");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		RegistrationThrottle nodeA = new RegistrationThrottle(3, this.clock, this.jdbc, this.transactions);
		RegistrationThrottle nodeB = new RegistrationThrottle(3, this.clock, this.jdbc, this.transactions);
		nodeA.attempt();
		nodeB.attempt();
		nodeA.attempt();
		assertThatThrownBy(nodeB::attempt).isInstanceOf(DomainException.class)
			.hasMessageContaining("tooManyRegistrations");
		assertThatThrownBy(nodeA::attempt).isInstanceOf(DomainException.class);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM app_attempt WHERE address = '198.51.100.23'",
				Integer.class))
			.isEqualTo(3);
	}

}
