package org.kjt.approvals.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApprovalsTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers a browser gets from the real server on the UI's pages and on the API: a
 * Content Security Policy that forbids framing, a referrer policy, no content sniffing,
 * and a session cookie other sites' requests do not carry. The actuator's info is not
 * public.
 */
@ApprovalsTest
class WebHardeningServerTests {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Test
	void uiPagesCarryThePolicies() throws Exception {
		HttpResponse<String> login = get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertHardened(login);
		assertThat(header(login, "Content-Security-Policy")).contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
			.contains("object-src 'none'");
		List<String> cookies = login.headers().allValues("Set-Cookie");
		assertThat(cookies).isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("SameSite=Lax")
				.containsIgnoringCase("HttpOnly"));
	}

	@Test
	void apiAnswersCarryThePolicies() throws Exception {
		HttpResponse<String> items = get("/api/items");
		assertThat(items.statusCode()).isEqualTo(200);
		assertHardened(items);
		assertThat(header(items, "Content-Security-Policy")).doesNotContain("unsafe-eval");
	}

	@Test
	void theActuatorsInfoIsNotPublic() throws Exception {
		assertThat(get("/actuator/info").statusCode()).isEqualTo(401);
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
	}

	/**
	 * Login CSRF: a log-in form posted from another site is refused before the
	 * credentials are looked at; the same form from this site is processed (a wrong
	 * password sends the browser back to the log-in page with an error).
	 */
	@Test
	void aLogInPostedFromAnotherSiteIsRefused() throws Exception {
		String form = "username=applicant&password=demo";
		HttpResponse<String> foreign = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Origin", "https://attacker.example")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(foreign.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("JSESSIONID"));
		HttpResponse<String> fetched = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Sec-Fetch-Site", "cross-site")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(fetched.statusCode()).isEqualTo(403);
		HttpResponse<String> own = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Origin", "http://localhost:" + this.port)
				.POST(HttpRequest.BodyPublishers.ofString("username=nobody-at-all&password=wrong-one"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(own.statusCode()).isEqualTo(302);
		assertThat(own.headers().firstValue("Location").orElse("")).contains("/login?error");
	}

	/**
	 * A file the UI serves for previewing (a PDF material) may be framed by this site's
	 * own pages only, and runs nothing.
	 */
	@Test
	void previewedFilesAreFramedByThisSiteOnly() throws Exception {
		HttpResponse<String> response = get("/VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/a.pdf");
		assertThat(header(response, "Content-Security-Policy")).contains("frame-ancestors 'self'")
			.contains("default-src 'none'")
			.doesNotContain("script-src");
		assertThat(header(response, "X-Frame-Options")).isEqualTo("SAMEORIGIN");
		assertHardened(get("/login"));
	}

	private static void assertHardened(HttpResponse<String> response) {
		assertThat(header(response, "Content-Security-Policy")).as(response.headers().map().toString())
			.contains("frame-ancestors 'none'")
			.contains("default-src 'self'");
		assertThat(header(response, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
		// CSP frame-ancestors is what browsers follow; Vaadin may relax the legacy
		// header.
		assertThat(header(response, "X-Frame-Options")).isIn("DENY", "SAMEORIGIN");
	}

	private static String header(HttpResponse<String> response, String name) {
		return response.headers().firstValue(name).orElse("");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
