package org.kjt.approvals.base;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * MySQL 8 and MariaDB are both reached through MySQL Connector/J, whose metadata
 * Hibernate cannot read on MariaDB (it asks MySQL's keyword table), so Hibernate would
 * not find the dialect itself: it is chosen here from the server's own version string,
 * and SQL that only MySQL knows ({@code FOR UPDATE OF}) never reaches MariaDB.
 */
@Component
class DatabaseDialect implements HibernatePropertiesCustomizer {

	static final String DIALECT = "hibernate.dialect";

	private final DataSource dataSource;

	DatabaseDialect(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void customize(Map<String, Object> properties) {
		if (properties.containsKey(DIALECT)) {
			return;
		}
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
			String version = metaData.getDatabaseProductVersion().toLowerCase(Locale.ROOT);
			if (product.contains("mariadb") || version.contains("mariadb")) {
				properties.put(DIALECT, MariaDBDialect.class.getName());
			}
			else if (product.contains("mysql")) {
				properties.put(DIALECT, MySQLDialect.class.getName());
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the database to choose its dialect", ex);
		}
	}

}
