package org.kjt.approvals.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.BrowserSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: an admin resets a staff password; the old one stops working, the
 * temporary one opens nothing but the password change (no token either), and the
 * account's own new password works again. Only admins reset, and only staff accounts.
 */
@ApprovalsTest
class PasswordResetServerTests {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void aResetPasswordMustBeChangedBeforeAnythingElse() throws Exception {
		String username = "reset-" + System.nanoTime() % 1_000_000;
		String original = "original-pass-2026";
		send("POST", "/api/admin/staff", "admin", "demo",
				"{\"username\":\"" + username + "\",\"password\":\"" + original
						+ "\",\"displayName\":\"重置测试\",\"department\":\"jilin\",\"division\":\"jl.approval-office\"}",
				201);
		assertThat(send("GET", "/api/me", username, original, null, 200).get("passwordChangeRequired").asBoolean())
			.isFalse();

		// Not for others to do, nor for applicants' accounts.
		send("POST", "/api/admin/staff/" + username + "/password-reset", "jl-approval", "demo", null, 403);
		send("POST", "/api/admin/staff/applicant/password-reset", "admin", "demo", null, 404);

		JsonNode reset = send("POST", "/api/admin/staff/" + username + "/password-reset", "admin", "demo", null, 200);
		String temporary = reset.get("temporaryPassword").asString();
		assertThat(temporary).hasSize(14).doesNotContain("0", "O", "1", "l", "I");

		send("GET", "/api/me", username, original, null, 401);
		assertThat(send("GET", "/api/me", username, temporary, null, 403).get("code").asString())
			.isEqualTo("account.error.passwordChangeRequired");
		assertThat(send("POST", "/api/auth/token", username, temporary, null, 403).get("code").asString())
			.isEqualTo("account.error.passwordChangeRequired");

		// Wrong current password, a common one, the same again: refused, naming the
		// field.
		assertThat(send("POST", "/api/account/password", username, temporary,
				"{\"currentPassword\":\"wrong-one\",\"newPassword\":\"my-own-pass-2026\"}", 400)
			.get("field")
			.asString()).isEqualTo("currentPassword");
		assertThat(send("POST", "/api/account/password", username, temporary,
				"{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"short\"}", 400)
			.get("field")
			.asString()).isEqualTo("password");
		assertThat(send("POST", "/api/account/password", username, temporary,
				"{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + temporary + "\"}", 400)
			.get("field")
			.asString()).isEqualTo("newPassword");
		send("POST", "/api/account/password", username, temporary,
				"{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"my-own-pass-2026\"}", 204);

		assertThat(send("GET", "/api/me", username, "my-own-pass-2026", null, 200).get("passwordChangeRequired")
			.asBoolean()).isFalse();
		send("GET", "/api/me", username, temporary, null, 401);
		send("POST", "/api/auth/token", username, "my-own-pass-2026", null, 200);
	}

	private JsonNode send(String method, String path, String user, String password, String body, int status)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BrowserSupport.base(this.port) + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + " " + response.body()).isEqualTo(status);
		return response.body().isBlank() ? this.json.createObjectNode() : this.json.readTree(response.body());
	}

}
