package org.kjt.approvals.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kjt.approvals.support.BrowserSupport;
import org.kjt.approvals.support.Multipart;
import org.kjt.approvals.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No acknowledged write is lost when the packaged application is killed: the jar runs on
 * the embedded default (an H2 file database in its working directory) and, with the
 * {@code mysql} profile as deployed, on MariaDB; four clients create, upload and submit
 * applications, and the process is killed with SIGKILL at a random moment, three times.
 * After each restart every case answered 201 is there, every upload answered 201 is
 * listed, and every submit answered 200 stands with exactly one open intake task. A clean
 * stop afterwards logs no database error.
 */
class CrashRecoveryIT {

	private static final List<String> MATERIALS = List.of("application-form", "legal-status", "facility-test-report",
			"ethics-review", "staff-training", "procedures");

	private static final byte[] PDF = "%PDF-1.4\n% crash test\n".getBytes(StandardCharsets.US_ASCII);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Random random = new Random(20261201L);

	/** Case id → materials answered 201. */
	private final Map<Long, Set<String>> created = new ConcurrentHashMap<>();

	/** Cases whose submit answered 200. */
	private final Set<Long> submitted = ConcurrentHashMap.newKeySet();

	@TempDir
	Path workDir;

	private PackagedApp app;

	private String base;

	/** Arguments and environment of the jar beyond its port. */
	private List<String> arguments = List.of();

	private Map<String, String> environment = Map.of();

	@Test
	void onTheEmbeddedDefault() throws Exception {
		killThreeTimes();
	}

	/**
	 * The {@code mysql} profile's own start-up (the dialect detected from the connection)
	 * against MariaDB 11.4.
	 */
	@Test
	void onMariaDbWithTheMysqlProfile() throws Exception {
		TestDatabase.Connection db = TestDatabase.connection();
		this.arguments = List.of("--spring.profiles.active=mysql");
		this.environment = Map.of("DB_URL", db.url(), "DB_USER", db.user(), "DB_PASSWORD", db.password(), "DEMO_DATA",
				"true");
		killThreeTimes();
	}

	private void killThreeTimes() throws Exception {
		for (int round = 0; round < 3; round++) {
			start();
			if (round > 0) {
				verify();
			}
			load(2_000 + this.random.nextInt(4_000));
			this.app.kill();
		}
		start();
		verify();
		pagesAndApiDescription();
		assertThat(this.submitted).as("submits acknowledged over the three rounds").isNotEmpty();
		assertThat(this.app.stop()).isTrue();
		assertThat(this.app.log()).doesNotContain("Database is already closed");
		// The jar starts from bean definitions made at build time (process-aot), with
		// the profile and database chosen when it runs.
		assertThat(this.app.log()).contains("Starting AOT-processed ApprovalsApplication");
	}

	/**
	 * What the API cycle does not reach, started from the build-time bean definitions:
	 * the pages (Vaadin's routes are beans made at build time) and the API description.
	 */
	private void pagesAndApiDescription() throws IOException, InterruptedException {
		HttpResponse<String> login = send(request("/login").GET(), null);
		assertThat(login.statusCode()).as("GET /login").isEqualTo(200);
		assertThat(login.body()).as("the Vaadin bootstrap page").contains("window.Vaadin");
		HttpResponse<String> docs = send(request("/v3/api-docs").GET(), null);
		assertThat(docs.statusCode()).as("GET /v3/api-docs").isEqualTo(200);
		assertThat(docs.body()).contains("/api/cases/{id}/materials");
	}

	/**
	 * Four clients write until the time is up; only what the server acknowledged counts.
	 */
	private void load(long millis) throws InterruptedException {
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService clients = Executors.newFixedThreadPool(4);
		for (int client = 0; client < 4; client++) {
			clients.submit(() -> {
				while (running.get()) {
					try {
						application();
					}
					catch (IOException | RuntimeException ex) {
						// The server went away mid-request: nothing was acknowledged.
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			});
		}
		Thread.sleep(millis);
		running.set(false);
		clients.shutdown();
		// The kill happens while requests are in flight.
	}

	private void application() throws IOException, InterruptedException {
		HttpResponse<String> draft = send(json("/api/cases").POST(body(
				"{\"department\":\"jilin\",\"item\":\"lab-animal-use\",\"form\":{\"scope\":\"SPF级大鼠\",\"facilityAddress\":\"示例路1号\",\"legalRepresentative\":\"王五\"}}")));
		if (draft.statusCode() != 201) {
			return;
		}
		long id = ((Number) JsonPath.read(draft.body(), "$.id")).longValue();
		Set<String> uploaded = ConcurrentHashMap.newKeySet();
		this.created.put(id, uploaded);
		for (String material : MATERIALS) {
			if (upload(id, material).statusCode() != 201) {
				return;
			}
			uploaded.add(material);
		}
		if (send(json("/api/cases/" + id + "/submit").POST(body(""))).statusCode() == 200) {
			this.submitted.add(id);
		}
	}

	private void verify() throws Exception {
		for (Map.Entry<Long, Set<String>> entry : this.created.entrySet()) {
			HttpResponse<String> found = send(request("/api/cases/" + entry.getKey()).GET());
			assertThat(found.statusCode()).as("case %d answered 201", entry.getKey()).isEqualTo(200);
			List<String> materials = JsonPath.read(found.body(), "$.materials[*].material");
			assertThat(materials).as("uploads of case %d answered 201", entry.getKey()).containsAll(entry.getValue());
			if (this.submitted.contains(entry.getKey())) {
				assertThat((String) JsonPath.read(found.body(), "$.status")).isEqualTo("SUBMITTED");
			}
		}
		Map<Long, Integer> tasks = intakeTasks();
		for (Long id : this.submitted) {
			assertThat(tasks.getOrDefault(id, 0)).as("open intake tasks of submitted case %d", id).isEqualTo(1);
		}
		// And no draft grew a task of its own.
		for (Long id : this.created.keySet()) {
			if (!this.submitted.contains(id)) {
				assertThat(tasks.getOrDefault(id, 0)).as("tasks of case %d", id).isLessThanOrEqualTo(1);
			}
		}
	}

	/** The approval office's open intake tasks per case, from its group queue. */
	private Map<Long, Integer> intakeTasks() throws Exception {
		Map<Long, Integer> counts = new HashMap<>();
		for (int page = 0;; page++) {
			HttpResponse<String> response = send(
					request("/api/tasks?queue=group&step=intake&size=100&page=" + page).GET(), "jl-approval");
			assertThat(response.statusCode()).isEqualTo(200);
			List<Number> ids = JsonPath.read(response.body(), "$.content[*].caseId");
			ids.forEach((id) -> counts.merge(id.longValue(), 1, Integer::sum));
			if (ids.size() < 100) {
				return counts;
			}
		}
	}

	private void start() throws Exception {
		this.app = PackagedApp.start(this.workDir, this.arguments, this.environment);
		this.base = this.app.base();
		this.app.awaitHealthy(Duration.ofSeconds(120));
	}

	private HttpResponse<String> upload(long id, String material) throws IOException, InterruptedException {
		return send(request("/api/cases/" + id + "/materials").header("Content-Type", Multipart.CONTENT_TYPE)
			.POST(HttpRequest.BodyPublishers.ofByteArray(Multipart.material(material, material + ".pdf", PDF))));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30));
	}

	private HttpRequest.Builder json(String path) {
		return request(path).header("Content-Type", "application/json");
	}

	private static HttpRequest.BodyPublisher body(String text) {
		return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return send(request, "applicant");
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String user)
			throws IOException, InterruptedException {
		if (user != null) {
			request.header("Authorization", BrowserSupport.basic(user));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
