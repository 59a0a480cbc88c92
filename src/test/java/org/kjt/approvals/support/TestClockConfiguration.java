package org.kjt.approvals.support;

import org.kjt.approvals.base.ApprovalsProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Found by component scanning in every test context: the clock tests can move. */
@Configuration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock(ApprovalsProperties properties) {
		return new MutableClock(properties.zone());
	}

}
