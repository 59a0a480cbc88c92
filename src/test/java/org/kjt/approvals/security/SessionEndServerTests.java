package org.kjt.approvals.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser session open when an admin disables the account (or changes its roles or
 * division) ends: its next request goes to the log-in, where the account is read as it is
 * now.
 */
@ApprovalsTest
class SessionEndServerTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Users users;

	@Test
	void disablingAnAccountEndsItsOpenUiSession() throws Exception {
		String username = "sess-" + System.nanoTime() % 100_000;
		this.users.run("admin", () -> this.accounts.createStaff(username, "staff-pass-1", "会话测试", "jilin",
				"jl.approval-office", EnumSet.noneOf(Role.class)));
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", "http://localhost:" + this.port)
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=staff-pass-1"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		assertThat(page(browser, "/workbench").statusCode()).isEqualTo(200);

		this.users.run("admin",
				() -> this.accounts.updateStaff(username, "会话测试", "jl.approval-office", Set.of(), false));

		HttpResponse<String> after = page(browser, "/workbench");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	private HttpResponse<String> page(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
