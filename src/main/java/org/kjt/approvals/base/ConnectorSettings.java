package org.kjt.approvals.base;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * MySQL Connector/J settings that save round trips on every transaction, whatever URL a
 * deployment configures: the driver remembers the session state it set itself
 * (auto-commit, isolation, read-only) instead of asking the server before each
 * transaction, and a read-only transaction is not announced to the server (Hibernate and
 * our services keep it read-only). Measured on one licensing cycle: 205 fewer statements.
 * A URL that sets either property keeps its own value.
 */
@Component
class ConnectorSettings implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
				&& hikari.getJdbcUrl().startsWith("jdbc:mysql:")) {
			setUnlessInUrl(hikari, "useLocalSessionState", "true");
			setUnlessInUrl(hikari, "readOnlyPropagatesToServer", "false");
		}
		return bean;
	}

	private static void setUnlessInUrl(HikariDataSource hikari, String name, String value) {
		if (!hikari.getJdbcUrl().contains(name + "=") && !hikari.getDataSourceProperties().containsKey(name)) {
			hikari.addDataSourceProperty(name, value);
		}
	}

}
