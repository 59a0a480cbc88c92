package org.kjt.approvals.deploy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.jayway.jsonpath.JsonPath;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kjt.approvals.licensing.LicensingFixtures;
import org.kjt.approvals.support.BrowserSupport;
import org.kjt.approvals.support.Multipart;
import org.kjt.approvals.support.TestDatabase;
import org.kjt.approvals.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the packaged jar started at the same moment on one MariaDB database (the
 * {@code mysql} profile, as deployed) both come up, on an empty database, on one where
 * the previous release's processes ran (both deploy the changed ones at once) and on one
 * at the previous release's schema: the engine's tables, the migrations, the reference
 * data, the process deployments and the demo accounts are created once, and a case made
 * on one node is read on the other; a timer due while both run fires once.
 */
class TwoNodesIT {

	/**
	 * Rounds (ten, as the build runs it; {@code -Dtwo-nodes.rounds=N} for another count):
	 * on an empty database; the last round starts on one at the previous release's
	 * schema.
	 */
	private static final int ROUNDS = Integer.getInteger("two-nodes.rounds", 10);

	/**
	 * Processes the release before this one had in another version (src/test/resources).
	 */
	private static final List<String> PREVIOUS_PROCESSES = List.of("work-permit.bpmn20.xml",
			"outbound-training.bpmn20.xml");

	/** The last migration of the release before this one. */
	private static final String PREVIOUS_SCHEMA = "44";

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
			boolean previous = round == ROUNDS - 1;
			if (previous) {
				// Both nodes then run this release's migrations at once on it.
				Flyway.configure()
					.dataSource(url, server.user(), server.password())
					.locations("classpath:db/migration")
					.table("approvals_schema_history")
					.baselineOnMigrate(true)
					.baselineVersion("0")
					.target(PREVIOUS_SCHEMA)
					.load()
					.migrate();
			}
			Map<String, String> environment = Map.of("DB_URL", url, "DB_USER", server.user(), "DB_PASSWORD",
					server.password(), "DEMO_DATA", "true");
			List<String> profile = List.of("--spring.profiles.active=mysql");
			// The round before the last: the previous release ran here first, with its
			// versions of two processes; both nodes then deploy the new versions at once.
			boolean previousProcesses = ROUNDS >= 2 && round == ROUNDS - 2;
			if (previousProcesses) {
				ranPreviousProcesses(round, profile, environment);
			}
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
				if (round == 0) {
					timerFiresOnce(a, b, url, server);
					reminderAndDeemedRenewalFireOnce(a, b, url, server);
				}
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
				for (String changed : PREVIOUS_PROCESSES) {
					assertThat(count(statement,
							"SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE KEY_ = '" + changed.replace(".bpmn20.xml", "")
									+ "'"))
						.as("%s: the previous release's version, then this one's once", changed)
						.isEqualTo(previousProcesses ? 2 : 1);
				}
				assertThat(count(statement, "SELECT COUNT(*) FROM app_user WHERE username = 'applicant'")).isEqualTo(1);
				assertThat(count(statement, "SELECT COUNT(*) FROM ref_data_file")).isEqualTo(3);
			}
		}
	}

	/**
	 * One node runs on the database with the previous release's processes: this release's
	 * folder with the previous versions of the processes that changed since.
	 */
	private void ranPreviousProcesses(int round, List<String> profile, Map<String, String> environment)
			throws Exception {
		Path processes = Files.createDirectories(this.workDir.resolve(round + "-previous-processes"));
		try (var files = Files.list(Path.of("processes"))) {
			for (Path file : files.toList()) {
				Files.copy(file, processes.resolve(file.getFileName().toString()));
			}
		}
		for (String file : PREVIOUS_PROCESSES) {
			try (InputStream previous = getClass().getResourceAsStream("/previous-release/" + file)) {
				Files.copy(Objects.requireNonNull(previous, file), processes.resolve(file),
						StandardCopyOption.REPLACE_EXISTING);
			}
		}
		Map<String, String> withPrevious = new HashMap<>(environment);
		withPrevious.put("APPROVALS_PROCESSES_DIR", processes.toString());
		PackagedApp previous = PackagedApp.start(Files.createDirectories(this.workDir.resolve(round + "-previous")),
				profile, withPrevious);
		try {
			previous.awaitHealthy(Duration.ofSeconds(180));
		}
		finally {
			previous.stop();
		}
	}

	/**
	 * A case submitted on one node whose intake deadline passes while both run: the timer
	 * fires once (deemed accepted, one acceptance notice, one review task, one inbox
	 * row), whichever node's executor takes it.
	 */
	private void timerFiresOnce(PackagedApp a, PackagedApp b, String url, TestDatabase.Connection server)
			throws Exception {
		HttpResponse<String> created = send(a,
				HttpRequest.newBuilder(URI.create(a.base() + "/api/cases"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("""
							{"department":"jilin","item":"lab-animal-production","form":{"scope":"SPF级 小鼠",
							 "facilityAddress":"长春市示例路1号","legalRepresentative":"张三"}}""", StandardCharsets.UTF_8)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
		for (String material : LicensingFixtures.MANDATORY) {
			upload(a, id, material);
		}
		HttpResponse<String> submitted = send(a,
				HttpRequest.newBuilder(URI.create(a.base() + "/api/cases/" + id + "/submit"))
					.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
		makeDue(url, server, id, "intakeTimeout");
		awaitStatus(b, id, "ACCEPTED");
		// Both executors had the chance to take it again.
		Thread.sleep(5000);
		try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
				Statement statement = connection.createStatement()) {
			assertThat(count(statement,
					"SELECT COUNT(*) FROM apl_case_event WHERE type = 'DEEMED_ACCEPTED' AND case_id = " + id))
				.isEqualTo(1);
			assertThat(count(statement, "SELECT COUNT(*) FROM doc_notice WHERE notice_type = 'ACCEPTANCE'"
					+ " AND case_ref = 'case-" + id + "'"))
				.isEqualTo(1);
			assertThat(count(statement, "SELECT COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e"
					+ " ON e.ID_ = t.PROC_INST_ID_ WHERE e.BUSINESS_KEY_ = '" + id + "'"))
				.isEqualTo(1);
			assertThat(count(statement, "SELECT COUNT(*) FROM inbox_task WHERE case_id = " + id)).isEqualTo(1);
		}
	}

	/**
	 * A renewal whose review nears its deadline and whose licence then expires undecided,
	 * while both nodes run: the deadline check records one reminder (and its cycle is
	 * armed again once), and Art. 50's timer renews the licence once (one deemed grant,
	 * the validity moved on once, no task left).
	 */
	private void reminderAndDeemedRenewalFireOnce(PackagedApp a, PackagedApp b, String url,
			TestDatabase.Connection server) throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		LocalDate expiry = today.plusDays(60);
		String number = "吉实动许TWO" + today.toEpochDay();
		try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
				PreparedStatement insert = connection.prepareStatement("INSERT INTO lic_licence (licence_no, case_id,"
						+ " department_code, item_code, holder, holder_credit_code, scope, issued_on, valid_until,"
						+ " status) SELECT ?, MIN(id), 'jilin', 'lab-animal-production', '长春示例生物科技有限公司',"
						+ " '91220101MA17XK4Y31', 'SPF级小鼠生产', ?, ?, 'VALID' FROM apl_case")) {
			insert.setString(1, number);
			insert.setDate(2, java.sql.Date.valueOf(expiry.minusYears(5)));
			insert.setDate(3, java.sql.Date.valueOf(expiry));
			assertThat(insert.executeUpdate()).isEqualTo(1);
		}
		HttpResponse<String> created = send(a,
				HttpRequest.newBuilder(URI.create(a.base() + "/api/cases"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(
							"{\"department\":\"jilin\",\"item\":\"lab-animal-licence-renewal\","
									+ "\"form\":{\"licenceNumber\":\"" + number + "\",\"changesSinceIssue\":\"无变化\"}}",
							StandardCharsets.UTF_8)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
		for (String material : List.of("application-form", "facility-test-report")) {
			upload(b, id, material);
		}
		HttpResponse<String> submitted = send(a,
				HttpRequest.newBuilder(URI.create(a.base() + "/api/cases/" + id + "/submit"))
					.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
		makeDue(url, server, id, "intakeTimeout");
		awaitStatus(b, id, "ACCEPTED");

		// The review's deadline is today: the deadline check reminds once.
		try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
				PreparedStatement near = connection.prepareStatement("UPDATE apl_case SET deadline = ? WHERE id = ?")) {
			near.setDate(1, java.sql.Date.valueOf(today));
			near.setLong(2, id);
			assertThat(near.executeUpdate()).isEqualTo(1);
		}
		makeDue(url, server, id, "reviewDeadlineCheck");
		long reminders = 0;
		for (Instant until = Instant.now().plusSeconds(120); Instant.now().isBefore(until) && reminders == 0;) {
			Thread.sleep(1000);
			try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
					Statement statement = connection.createStatement()) {
				reminders = count(statement,
						"SELECT COUNT(*) FROM apl_case_event WHERE type = 'REMINDER' AND case_id = " + id);
			}
		}
		Thread.sleep(5000);
		try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
				Statement statement = connection.createStatement()) {
			assertThat(
					count(statement, "SELECT COUNT(*) FROM apl_case_event WHERE type = 'REMINDER' AND case_id = " + id))
				.as("one reminder")
				.isEqualTo(1);
			assertThat(count(statement,
					"SELECT COUNT(*) FROM ACT_RU_TIMER_JOB j JOIN ACT_RU_EXECUTION e"
							+ " ON e.ID_ = j.PROCESS_INSTANCE_ID_ WHERE e.BUSINESS_KEY_ = '" + id + "'"
							+ " AND e.PARENT_ID_ IS NULL AND j.ELEMENT_ID_ = 'reviewDeadlineCheck'"))
				.as("the check armed again once")
				.isEqualTo(1);
		}

		// The licence expires undecided: deemed renewed once (Art. 50).
		makeDue(url, server, id, "licenceExpires");
		awaitStatus(b, id, "GRANTED");
		Thread.sleep(5000);
		try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
				Statement statement = connection.createStatement()) {
			assertThat(count(statement, "SELECT COUNT(*) FROM doc_notice WHERE notice_type = 'GRANT'"
					+ " AND case_ref = 'case-" + id + "'"))
				.as("one deemed grant")
				.isEqualTo(1);
			try (ResultSet until = statement
				.executeQuery("SELECT valid_until FROM lic_licence WHERE licence_no = '" + number + "'")) {
				until.next();
				assertThat(until.getDate(1).toLocalDate()).as("renewed once").isEqualTo(expiry.plusYears(5));
			}
			assertThat(count(statement, "SELECT COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e"
					+ " ON e.ID_ = t.PROC_INST_ID_ WHERE e.BUSINESS_KEY_ = '" + id + "'"))
				.isZero();
			assertThat(count(statement, "SELECT COUNT(*) FROM inbox_task WHERE case_id = " + id)).isZero();
		}
	}

	private void upload(PackagedApp app, long caseId, String material) throws Exception {
		HttpResponse<String> uploaded = send(app,
				HttpRequest.newBuilder(URI.create(app.base() + "/api/cases/" + caseId + "/materials"))
					.header("Content-Type", Multipart.CONTENT_TYPE)
					.POST(HttpRequest.BodyPublishers
						.ofByteArray(Multipart.material(material, material + ".pdf", TestFiles.PDF))));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
	}

	/** Moves one of a case's timers to a minute ago: the executors take it now. */
	private static void makeDue(String url, TestDatabase.Connection server, long caseId, String element)
			throws Exception {
		try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
				PreparedStatement due = connection.prepareStatement("UPDATE ACT_RU_TIMER_JOB SET DUEDATE_ = ?"
						+ " WHERE ELEMENT_ID_ = ? AND PROCESS_INSTANCE_ID_ = (SELECT ID_ FROM ACT_RU_EXECUTION"
						+ " WHERE BUSINESS_KEY_ = ? AND PARENT_ID_ IS NULL)")) {
			due.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(60)));
			due.setString(2, element);
			due.setString(3, String.valueOf(caseId));
			assertThat(due.executeUpdate()).as("the timer " + element).isEqualTo(1);
		}
	}

	private void awaitStatus(PackagedApp app, long caseId, String expected) throws Exception {
		String status = "";
		for (Instant until = Instant.now().plusSeconds(120); Instant.now().isBefore(until)
				&& !expected.equals(status);) {
			Thread.sleep(1000);
			HttpResponse<String> read = send(app,
					HttpRequest.newBuilder(URI.create(app.base() + "/api/cases/" + caseId)).GET());
			status = JsonPath.read(read.body(), "$.status");
		}
		assertThat(status).as("case " + caseId).isEqualTo(expected);
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
