package org.kjt.approvals.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApiClient;
import org.kjt.approvals.support.ApprovalsTest;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: an admin resets a staff password; the old one stops working, the
 * temporary one opens nothing but the password change (no token either), and the
 * account's own new password works again. Tokens issued before a change stop. Only admins
 * reset, and only staff accounts.
 */
@ApprovalsTest
class PasswordResetServerTests {

	@LocalServerPort
	int port;

	ApiClient api;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void aResetPasswordMustBeChangedBeforeAnythingElse() throws Exception {
		String username = "reset-" + System.nanoTime() % 1_000_000;
		String original = "original-pass-2026";
		this.api.send("POST", "/api/admin/staff", "admin", "demo",
				"{\"username\":\"" + username + "\",\"password\":\"" + original
						+ "\",\"displayName\":\"重置测试\",\"department\":\"jilin\",\"division\":\"jl.approval-office\"}",
				201);
		assertThat(this.api.send("GET", "/api/me", username, original, null, 200)
			.get("passwordChangeRequired")
			.asBoolean()).isFalse();

		// A token taken before the reset (a whole second before: tokens state whole
		// seconds).
		String before = this.api.send("POST", "/api/auth/token", username, original, null, 200)
			.get("access_token")
			.asString();
		assertThat(bearer(before)).isEqualTo(200);
		Thread.sleep(1100);

		// Not for others to do, nor for applicants' accounts.
		this.api.send("POST", "/api/admin/staff/" + username + "/password-reset", "jl-approval", "demo", null, 403);
		this.api.send("POST", "/api/admin/staff/applicant/password-reset", "admin", "demo", null, 404);

		JsonNode reset = this.api.send("POST", "/api/admin/staff/" + username + "/password-reset", "admin", "demo",
				null, 200);
		String temporary = reset.get("temporaryPassword").asString();
		assertThat(temporary).hasSize(14).doesNotContain("0", "O", "1", "l", "I");

		this.api.send("GET", "/api/me", username, original, null, 401);
		// Tokens issued before the password changed stop at once.
		assertThat(bearer(before)).isEqualTo(401);
		assertThat(this.api.send("GET", "/api/me", username, temporary, null, 403).get("code").asString())
			.isEqualTo("account.error.passwordChangeRequired");
		assertThat(this.api.send("POST", "/api/auth/token", username, temporary, null, 403).get("code").asString())
			.isEqualTo("account.error.passwordChangeRequired");

		// Wrong current password, a common one, the same again: refused, naming the
		// field.
		assertThat(this.api
			.send("POST", "/api/account/password", username, temporary,
					"{\"currentPassword\":\"wrong-one\",\"newPassword\":\"my-own-pass-2026\"}", 400)
			.get("field")
			.asString()).isEqualTo("currentPassword");
		// A wrong current password counts as a failed log-in.
		assertThat(this.jdbc.queryForObject("SELECT failed_logins FROM app_user WHERE username = ?", Integer.class,
				username))
			.isEqualTo(1);
		assertThat(this.api
			.send("POST", "/api/account/password", username, temporary,
					"{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"short\"}", 400)
			.get("field")
			.asString()).isEqualTo("newPassword");
		assertThat(this.api
			.send("POST", "/api/account/password", username, temporary,
					"{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + temporary + "\"}", 400)
			.get("field")
			.asString()).isEqualTo("newPassword");
		this.api.send("POST", "/api/account/password", username, temporary,
				"{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"my-own-pass-2026\"}", 204);

		assertThat(this.api.send("GET", "/api/me", username, "my-own-pass-2026", null, 200)
			.get("passwordChangeRequired")
			.asBoolean()).isFalse();
		this.api.send("GET", "/api/me", username, temporary, null, 401);
		String after = this.api.send("POST", "/api/auth/token", username, "my-own-pass-2026", null, 200)
			.get("access_token")
			.asString();
		// Taken right after the change, in the same second: it works.
		assertThat(bearer(after)).isEqualTo(200);
	}

	private int bearer(String token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/me"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
