package org.kjt.approvals.base;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Nodes that start at the same moment on one MySQL or MariaDB database start one after
 * the other: as soon as the data source exists, a database-wide named lock is taken on a
 * connection of its own and held until the application is ready. Everything a start
 * writes (the engine's tables, the migrations, reference data, deployments, demo
 * accounts) is then done by one node at a time; the next finds it done. The lock goes
 * with the connection, so a node that dies while starting releases it. The embedded H2
 * database has one node only.
 */
@Component
class StartupSerialisation implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent>, DisposableBean {

	static final String LOCK = "approvals.startup";

	/** A start waits this long for another node's start to finish. */
	static final int WAIT_SECONDS = 600;

	private static final Logger log = LoggerFactory.getLogger(StartupSerialisation.class);

	private @Nullable Connection held;

	private boolean tried;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !this.tried) {
			this.tried = true;
			take(dataSource);
		}
		return bean;
	}

	private void take(DataSource dataSource) {
		try {
			Connection connection = dataSource.getConnection();
			String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
			String version = connection.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT);
			if (!product.contains("mysql") && !product.contains("mariadb") && !version.contains("mariadb")) {
				connection.close();
				return;
			}
			try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
				statement.setString(1, LOCK);
				statement.setInt(2, WAIT_SECONDS);
				try (ResultSet result = statement.executeQuery()) {
					if (!result.next() || result.getInt(1) != 1) {
						connection.close();
						throw new IllegalStateException(
								"Another node has been starting on this database for " + WAIT_SECONDS + " s");
					}
				}
			}
			this.held = connection;
			log.info("Holding the start-up lock until this node is ready");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot take the start-up lock", ex);
		}
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		release();
	}

	@Override
	public void destroy() {
		release();
	}

	private synchronized void release() {
		Connection connection = this.held;
		this.held = null;
		if (connection == null) {
			return;
		}
		try (connection; PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
			statement.setString(1, LOCK);
			statement.executeQuery().close();
		}
		catch (SQLException ex) {
			// Closing the connection releases the lock all the same.
			log.debug("Start-up lock released by closing its connection", ex);
		}
	}

}
