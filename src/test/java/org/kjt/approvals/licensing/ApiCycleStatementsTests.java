package org.kjt.approvals.licensing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.Multipart;
import org.kjt.approvals.support.TestDatabase;
import org.kjt.approvals.support.TestFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trips of one full licensing cycle through the API, counted by the database
 * server itself (MariaDB's {@code Questions}: every statement a client sends, the
 * transaction control included), so that a change that adds reads or writes per request
 * fails the build. The cycle is the yardstick's ({@code README.md}, Performance): create,
 * six uploads, submit, intake, two-staff inspection, proposal, sign-off, delivery, each
 * staff step found in its queue, claimed and completed, with Bearer tokens.
 */
@ApprovalsTest
class ApiCycleStatementsTests {

	/**
	 * Statements per cycle the build allows. Measured 2026-12-01: 612, of which 84 were
	 * the auto-commit switches around each of the 28 transactions; 608 once the applicant
	 * was told of the cycle's three notices (stored in the request, two statements each;
	 * the outbox's mailing on its own connection is counted apart). 2026-12-02: 548, the
	 * pool's connections without auto-commit (one COMMIT per request, no switches); 540
	 * once a task listed in a queue locks its case without being read first. The bound
	 * leaves 3 %.
	 */
	static final int BOUND = 556;

	static final String ITEM = "lab-animal-use";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, String> tokens = new HashMap<>();

	@LocalServerPort
	int port;

	/** While measuring: a connection that writes each request into the server's log. */
	private Statement marker;

	private int markers;

	@Test
	void oneLicensingCycleStaysWithinItsStatementBound() throws Exception {
		List<String> materials = materials();
		// The first cycle fills the caches every later one finds full.
		cycle(materials);
		try (Connection db = TestDatabase.connection().open(); Statement sql = db.createStatement()) {
			sql.execute("TRUNCATE TABLE mysql.general_log");
			sql.execute("SET GLOBAL log_output = 'TABLE'");
			sql.execute("SET GLOBAL general_log = 'ON'");
			long before = status(sql, "Questions");
			long commitsBefore = status(sql, "Com_commit");
			this.marker = sql;
			cycle(materials);
			this.marker = null;
			// The two status reads and the request markers are statements of this
			// connection too.
			long statements = status(sql, "Questions") - before - 2 - this.markers;
			long commits = status(sql, "Com_commit") - commitsBefore;
			sql.execute("SET GLOBAL general_log = 'OFF'");
			Map<String, Long> kinds = new LinkedHashMap<>();
			List<String> log = new ArrayList<>();
			long mailing = 0;
			// Connections whose last statement was the mail outbox's: their COMMIT or
			// ROLLBACK ends its transaction.
			Set<Long> inOutbox = new HashSet<>();
			try (ResultSet rows = sql.executeQuery("SELECT thread_id, argument FROM mysql.general_log"
					+ " WHERE command_type = 'Query' AND argument NOT LIKE 'SHOW GLOBAL STATUS%'"
					+ " AND argument NOT LIKE 'SET GLOBAL general_log%' ORDER BY event_time")) {
				while (rows.next()) {
					String statement = new String(rows.getBytes(2), StandardCharsets.UTF_8);
					long thread = rows.getLong(1);
					boolean ends = statement.equals("COMMIT") || statement.equals("ROLLBACK");
					boolean mail = outbox(statement) || (ends && inOutbox.contains(thread));
					if (mail && !ends) {
						inOutbox.add(thread);
					}
					else {
						inOutbox.remove(thread);
					}
					if (mail) {
						// Mail goes out on its own thread, after the requests' commits,
						// as
						// many rounds as the timing makes: not the requests' work.
						mailing++;
					}
					else if (!statement.startsWith("SELECT '--")) {
						kinds.merge(kind(statement), 1L, Long::sum);
					}
					log.add(rows.getLong(1) + "\t" + statement.replaceAll("\\s+", " "));
				}
			}
			statements -= mailing;
			// Every statement of the cycle in order, for whoever has to find a new one.
			Files.write(Path.of("target", "api-cycle-statements.txt"), log);
			System.out.printf(
					"one API licensing cycle: %d statements (and %d of the mail outbox), %d commits; by kind: %s%n",
					statements, mailing, commits,
					kinds.entrySet()
						.stream()
						.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
						.map((entry) -> entry.getKey() + " " + entry.getValue())
						.collect(Collectors.joining(", ")));
			assertThat(statements).as("statements per cycle, by kind: %s", kinds)
				.isPositive()
				.isLessThanOrEqualTo(BOUND);
		}
	}

	/** A statement of the mail outbox's thread (it reads and claims by mail state). */
	private static boolean outbox(String statement) {
		String text = statement.replaceAll("\\s+", " ");
		return text.contains("FROM apl_message WHERE mail_state")
				|| text.startsWith("UPDATE apl_message SET mail_state");
	}

	/** The first keyword and, for a table statement, the table: "SELECT inbox_task". */
	private static String kind(String statement) {
		String text = statement.strip().replaceAll("\\s+", " ");
		String verb = text.split(" ", 2)[0].toUpperCase();
		java.util.regex.Matcher table = java.util.regex.Pattern
			.compile("(?i)\\b(?:FROM|INTO|UPDATE|JOIN)\\s+`?([A-Za-z_][A-Za-z0-9_]*)")
			.matcher(text);
		return table.find() ? verb + " " + table.group(1).toLowerCase()
				: text.substring(0, Math.min(40, text.length()));
	}

	private static long status(Statement sql, String name) throws Exception {
		try (ResultSet row = sql.executeQuery("SHOW GLOBAL STATUS LIKE '" + name + "'")) {
			row.next();
			return row.getLong(2);
		}
	}

	private void cycle(List<String> materials) throws Exception {
		JsonNode created = call("applicant", "POST", "/api/cases",
				"{\"department\":\"liaoning\",\"item\":\"" + ITEM + "\",\"form\":{\"scope\":\"小鼠 SPF级\","
						+ "\"facilityAddress\":\"沈阳市和平区测试路1号\",\"legalRepresentative\":\"张三\"}}",
				201);
		long caseId = created.get("id").asLong();
		for (String material : materials) {
			HttpResponse<String> uploaded = this.http.send(request("applicant", "/api/cases/" + caseId + "/materials")
				.header("Content-Type", Multipart.CONTENT_TYPE)
				.POST(HttpRequest.BodyPublishers
					.ofByteArray(Multipart.material(material, material + ".pdf", TestFiles.PDF)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(uploaded.statusCode()).as(uploaded.body()).isIn(200, 201);
		}
		call("applicant", "POST", "/api/cases/" + caseId + "/submit", null, 200, 204);
		claimComplete("ln-approval", "intake", caseId, "accept", "{}");
		claimComplete("ln-approval", "review", caseId, "inspect",
				"{\"inspectors\":[\"ln-approval\",\"ln-approval2\"],\"expectedDuration\":\"5个工作日\"}");
		for (String inspector : List.of("ln-approval", "ln-approval2")) {
			String task = find(inspector, "mine", "inspection", caseId);
			call(inspector, "POST", "/api/tasks/" + task + "/complete",
					"{\"outcome\":\"done\",\"opinion\":\"on site ok\",\"fields\":{}}", 204);
		}
		claimComplete("ln-approval", "review", caseId, "propose", "{\"proposal\":\"grant\"}");
		claimComplete("ln-approval-head", "signOff", caseId, "approve", "{}");
		claimComplete("ln-approval", "delivery", caseId, "delivered", "{\"method\":\"在线送达\"}");
		JsonNode done = call("applicant", "GET", "/api/cases/" + caseId, null, 200);
		assertThat(done.get("status").asString()).isEqualTo("GRANTED");
	}

	private void claimComplete(String user, String step, long caseId, String outcome, String fields) throws Exception {
		String task = find(user, "group", step, caseId);
		call(user, "POST", "/api/tasks/" + task + "/claim", null, 200);
		call(user, "POST", "/api/tasks/" + task + "/complete",
				"{\"outcome\":\"" + outcome + "\",\"opinion\":\"test " + outcome + "\",\"fields\":" + fields + "}",
				204);
	}

	private String find(String user, String queue, String step, long caseId) throws Exception {
		for (int page = 0; page < 50; page++) {
			JsonNode tasks = call(user, "GET",
					"/api/tasks?queue=" + queue + "&item=" + ITEM + "&step=" + step + "&page=" + page + "&size=20",
					null, 200);
			for (JsonNode task : tasks.get("content")) {
				if (task.get("caseId").asLong() == caseId) {
					return task.get("id").asString();
				}
			}
			if (tasks.get("content").size() < 20) {
				break;
			}
		}
		throw new AssertionError(step + " of case " + caseId + " is not in " + user + "'s " + queue + " queue");
	}

	private List<String> materials() throws Exception {
		HttpResponse<String> item = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/items/" + ITEM)).build(),
				HttpResponse.BodyHandlers.ofString());
		List<String> codes = new java.util.ArrayList<>();
		for (JsonNode material : this.json.readTree(item.body()).get("materials")) {
			if (material.get("mandatory").asBoolean()) {
				codes.add(material.get("code").asString());
			}
		}
		return codes;
	}

	private JsonNode call(String user, String method, String path, String body, int... expected) throws Exception {
		HttpRequest.Builder request = request(user, path);
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body())
			.isIn(java.util.Arrays.stream(expected).boxed().toArray());
		return response.body().isEmpty() ? this.json.createObjectNode() : this.json.readTree(response.body());
	}

	private HttpRequest.Builder request(String user, String path) throws Exception {
		if (this.marker != null) {
			this.marker.execute("SELECT '-- " + user + " " + path.replace("'", "") + "'");
			this.markers++;
		}
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token(user));
	}

	private String token(String user) throws Exception {
		String token = this.tokens.get(user);
		if (token == null) {
			HttpResponse<String> issued = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/auth/token"))
					.header("Authorization",
							"Basic " + Base64.getEncoder()
								.encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());
			token = this.json.readTree(issued.body()).get("access_token").asString();
			this.tokens.put(user, token);
		}
		return token;
	}

}
