package org.kjt.approvals.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kjt.approvals.support.BrowserSupport;
import org.kjt.approvals.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the packaged jar started at the same moment on one empty MariaDB database
 * (the {@code mysql} profile, as deployed) both come up: the engine's tables, the
 * migrations, the reference data, the process deployments and the demo accounts are
 * created once, and a case made on one node is read on the other.
 */
class TwoNodesIT {

	private static final int ROUNDS = 2;

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path workDir;

	@Test
	void twoNodesStartTogetherOnAnEmptyDatabase() throws Exception {
		TestDatabase.Connection server = TestDatabase.connection();
		for (int round = 0; round < ROUNDS; round++) {
			String database = "approvals_two_" + round;
			try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			}
			String url = server.url().replaceFirst("/approvals\\?", "/" + database + "?");
			Map<String, String> environment = Map.of("DB_URL", url, "DB_USER", server.user(), "DB_PASSWORD",
					server.password(), "DEMO_DATA", "true");
			List<String> profile = List.of("--spring.profiles.active=mysql");
			Path first = Files.createDirectories(this.workDir.resolve(round + "-a"));
			Path second = Files.createDirectories(this.workDir.resolve(round + "-b"));
			PackagedApp a = PackagedApp.start(first, profile, environment);
			PackagedApp b = PackagedApp.start(second, profile, environment);
			try {
				a.awaitHealthy(Duration.ofSeconds(180));
				b.awaitHealthy(Duration.ofSeconds(180));
				HttpResponse<String> created = send(a, HttpRequest.newBuilder(URI.create(a.base() + "/api/cases"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(
							"{\"department\":\"jilin\",\"item\":\"lab-animal-use\",\"form\":{\"scope\":\"SPF级大鼠\"}}",
							StandardCharsets.UTF_8)));
				assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
				long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
				HttpResponse<String> read = send(b,
						HttpRequest.newBuilder(URI.create(b.base() + "/api/cases/" + id)).GET());
				assertThat(read.statusCode()).isEqualTo(200);
				assertThat((String) JsonPath.read(read.body(), "$.referenceNo"))
					.isEqualTo(JsonPath.read(created.body(), "$.referenceNo"));
			}
			finally {
				a.stop();
				b.stop();
			}
			try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
					Statement statement = connection.createStatement()) {
				assertThat(count(statement, "SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE KEY_ = 'licensing'"))
					.as("licensing deployed once")
					.isEqualTo(1);
				assertThat(count(statement, "SELECT COUNT(*) FROM app_user WHERE username = 'applicant'")).isEqualTo(1);
				assertThat(count(statement, "SELECT COUNT(*) FROM ref_data_file")).isEqualTo(3);
			}
		}
	}

	private HttpResponse<String> send(PackagedApp app, HttpRequest.Builder request) throws Exception {
		return this.http.send(request.header("Authorization", BrowserSupport.basic("applicant")).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static long count(Statement statement, String sql) throws Exception {
		try (ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
