package org.kjt.approvals.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.MutableClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API tokens against the real server: a token for the password, then requests that carry
 * only the token; what a token cannot do (outlive its lifetime, be forged, survive a
 * lock, buy another token, reach a staff endpoint for an applicant); and the log-in
 * recorded when a token is issued, not on every request.
 */
@ApprovalsTest
class ApiTokenServerTests {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	UserAccountRepository users;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aTokenForThePasswordThenRequestsWithTheTokenOnly() throws Exception {
		HttpResponse<String> issued = send(
				post("/api/auth/token").header("Authorization", basic("ln-approval", "demo")));
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
		assertThat(issued.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		JsonNode body = this.json.readTree(issued.body());
		assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(body.get("expires_in").asLong()).isEqualTo(900);
		String token = body.get("access_token").asString();
		assertThat(token.split("\\.")).hasSize(3);

		HttpResponse<String> me = send(get("/api/me").header("Authorization", "Bearer " + token));
		assertThat(me.statusCode()).isEqualTo(200);
		JsonNode user = this.json.readTree(me.body());
		assertThat(user.get("username").asString()).isEqualTo("ln-approval");
		assertThat(user.get("departmentCode").asString()).isEqualTo("liaoning");
		assertThat(user.get("divisionCode").asString()).isEqualTo("ln.office");
		assertThat(user.get("roles").toString()).contains("STAFF");
		// The token carries the division: the staff queue answers as for Basic.
		assertThat(send(get("/api/tasks?queue=group").header("Authorization", "Bearer " + token)).statusCode())
			.isEqualTo(200);
	}

	@Test
	void anApplicantsTokenDoesNotOpenStaffEndpoints() throws Exception {
		String token = token("applicant", "demo");
		assertThat(send(get("/api/me").header("Authorization", "Bearer " + token)).statusCode()).isEqualTo(200);
		HttpResponse<String> tasks = send(get("/api/tasks?queue=group").header("Authorization", "Bearer " + token));
		assertThat(tasks.statusCode()).isEqualTo(403);
		assertThat(tasks.body()).contains("\"status\":403");
	}

	@Test
	void forgedTamperedAndExpiredTokensAre401WithABearerChallenge() throws Exception {
		String token = token("applicant", "demo");
		String[] parts = token.split("\\.");
		// The same claims with the roles of an admin, signature unchanged.
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"APPLICANT\"", "\"ADMIN\"");
		String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
				+ "." + parts[2];
		for (String bad : new String[] { tampered, "not-a-token", parts[0] + "." + parts[1] + "." }) {
			HttpResponse<String> refused = send(get("/api/me").header("Authorization", "Bearer " + bad));
			assertThat(refused.statusCode()).as(bad).isEqualTo(401);
			assertThat(refused.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer")
				.contains("invalid_token");
			assertThat(refused.body()).contains("\"status\":401");
		}
		this.clock.advance(Duration.ofMinutes(16));
		assertThat(send(get("/api/me").header("Authorization", "Bearer " + token)).statusCode()).isEqualTo(401);
	}

	@Test
	void aTokenIsHadForThePasswordNotForAnotherToken() throws Exception {
		assertThat(send(post("/api/auth/token")).statusCode()).isEqualTo(401);
		HttpResponse<String> wrong = send(post("/api/auth/token").header("Authorization", basic("applicant", "nope")));
		assertThat(wrong.statusCode()).isEqualTo(401);
		String token = token("applicant", "demo");
		HttpResponse<String> renewed = send(post("/api/auth/token").header("Authorization", "Bearer " + token));
		assertThat(renewed.statusCode()).isEqualTo(400);
		assertThat(renewed.body()).doesNotContain("access_token");
	}

	@Test
	void aLockedAccountsTokenStopsWorking() throws Exception {
		this.accounts.createIfAbsent("token-lock", "right-password", "Token lock test", AccountKind.APPLICANT, null,
				null, EnumSet.of(Role.APPLICANT));
		String token = token("token-lock", "right-password");
		assertThat(send(get("/api/me").header("Authorization", "Bearer " + token)).statusCode()).isEqualTo(200);
		for (int i = 0; i < 5; i++) {
			send(get("/api/me").header("Authorization", basic("token-lock", "wrong-" + i)));
		}
		HttpResponse<String> refused = send(get("/api/me").header("Authorization", "Bearer " + token));
		assertThat(refused.statusCode()).isEqualTo(401);
		// After the lock's fifteen minutes a new token works again.
		this.clock.advance(Duration.ofMinutes(16));
		String later = token("token-lock", "right-password");
		assertThat(send(get("/api/me").header("Authorization", "Bearer " + later)).statusCode()).isEqualTo(200);
	}

	@Test
	void aDisabledAccountsTokenStopsWorkingAndEnablingItAgainRestoresIt() throws Exception {
		String admin = token("admin", "demo");
		String username = "tok-staff-" + System.nanoTime() % 100_000;
		HttpResponse<String> created = send(post("/api/admin/staff").header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username
					+ "\",\"password\":\"staff-pass-1\","
					+ "\"displayName\":\"停用测试\",\"department\":\"jilin\",\"division\":\"jl.approval-office\",\"roles\":[]}")));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String staff = token(username, "staff-pass-1");
		assertThat(send(get("/api/tasks?queue=group").header("Authorization", "Bearer " + staff)).statusCode())
			.isEqualTo(200);

		HttpResponse<String> disabled = send(put("/api/admin/staff/" + username, admin,
				"{\"displayName\":\"停用测试\",\"division\":\"jl.approval-office\",\"roles\":[],\"enabled\":false}"));
		assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
		assertThat(disabled.body()).contains("\"enabled\":false");
		// At once on the node that disabled it: the token, Basic and a new token are
		// refused.
		assertThat(send(get("/api/me").header("Authorization", "Bearer " + staff)).statusCode()).isEqualTo(401);
		assertThat(send(get("/api/me").header("Authorization", basic(username, "staff-pass-1"))).statusCode())
			.isEqualTo(401);
		assertThat(send(post("/api/auth/token").header("Authorization", basic(username, "staff-pass-1"))).statusCode())
			.isEqualTo(401);
		// Only admins edit accounts.
		assertThat(send(put("/api/admin/staff/" + username, token("jl-approval-head", "demo"),
				"{\"displayName\":\"x\",\"division\":\"jl.approval-office\",\"roles\":[\"LEADER\"],\"enabled\":true}"))
			.statusCode()).isEqualTo(403);

		// Enabled again, moved to another division with the head's role.
		HttpResponse<String> enabled = send(put("/api/admin/staff/" + username, admin,
				"{\"displayName\":\"启用测试\",\"division\":\"jl.international\",\"roles\":[\"DIVISION_HEAD\"],\"enabled\":true}"));
		assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
		String again = token(username, "staff-pass-1");
		HttpResponse<String> me = send(get("/api/me").header("Authorization", "Bearer " + again));
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"divisionCode\":\"jl.international\"").contains("DIVISION_HEAD");
		// The token issued before the move names the account only: it acts with the
		// account's new division and roles, not the ones it was issued with.
		HttpResponse<String> old = send(get("/api/me").header("Authorization", "Bearer " + staff));
		assertThat(old.statusCode()).isEqualTo(200);
		assertThat(old.body()).contains("\"divisionCode\":\"jl.international\"").contains("DIVISION_HEAD");
	}

	private HttpRequest.Builder put(String path, String token, String body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body));
	}

	@Test
	void theLogInIsRecordedWhenATokenIsIssuedNotOnEachRequest() throws Exception {
		this.accounts.createIfAbsent("token-login", "right-password", "Token log-in test", AccountKind.APPLICANT, null,
				null, EnumSet.of(Role.APPLICANT));
		assertThat(this.accounts.lastLogin("token-login")).isEmpty();
		// Basic on an ordinary request is no log-in.
		assertThat(send(get("/api/me").header("Authorization", basic("token-login", "right-password"))).statusCode())
			.isEqualTo(200);
		assertThat(this.accounts.lastLogin("token-login")).isEmpty();
		Instant before = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String token = token("token-login", "right-password");
		assertThat(this.accounts.lastLogin("token-login"))
			.hasValueSatisfying((at) -> assertThat(at).isBetween(before, this.clock.instant().plusMillis(1)));
		long version = this.users.findByUsername("token-login").orElseThrow().getVersion();
		for (int i = 0; i < 3; i++) {
			assertThat(send(get("/api/me").header("Authorization", "Bearer " + token)).statusCode()).isEqualTo(200);
		}
		assertThat(this.users.findByUsername("token-login").orElseThrow().getVersion()).isEqualTo(version);
	}

	@Test
	void clientsOfOneAccountGetTokensAtTheSameMoment() throws Exception {
		// Each issue records the log-in on the one account row: none may lose a race.
		List<Callable<Integer>> clients = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			clients.add(() -> send(post("/api/auth/token").header("Authorization", basic("ln-approval2", "demo")))
				.statusCode());
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (Future<Integer> status : pool.invokeAll(clients)) {
				assertThat(status.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private String token(String username, String password) throws Exception {
		HttpResponse<String> issued = send(post("/api/auth/token").header("Authorization", basic(username, password)));
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
		return this.json.readTree(issued.body()).get("access_token").asString();
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET();
	}

	private HttpRequest.Builder post(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.POST(HttpRequest.BodyPublishers.noBody());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
