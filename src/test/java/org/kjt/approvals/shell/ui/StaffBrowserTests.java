package org.kjt.approvals.shell.ui;

import java.time.Instant;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.BrowserSupport;
import org.kjt.approvals.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In headless Chromium: staff log in, open the organisation view and switch to English.
 */
@ApprovalsTest
class StaffBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	Page page;

	@AfterEach
	void close() {
		if (this.page != null) {
			this.page.context().close();
		}
	}

	@Test
	void staffLogInOpenTheOrganisationAndSwitchLanguage() {
		this.page = BrowserSupport.newPage("http://localhost:" + this.port);
		// The browser asks for English, the UI still starts in Chinese.
		this.page.navigate("/admin/routing");
		assertThat(this.page).hasURL(Pattern.compile(".*/login$"));
		// Forget the saved request for the admin page: staff would be denied it after
		// log-in.
		this.page.context().clearCookies();
		Instant before = this.clock.instant().minusSeconds(1);
		BrowserSupport.logIn(this.page, "ln-expert", "demo");
		assertThat(this.page.locator("#current-user")).containsText("ln-expert");
		// The log-in form's log-in is recorded (an API request with credentials is not).
		org.assertj.core.api.Assertions.assertThat(this.accounts.lastLogin("ln-expert"))
			.hasValueSatisfying((at) -> org.assertj.core.api.Assertions.assertThat(at).isAfter(before));

		this.page.navigate("/org/liaoning");
		assertThat(this.page.locator("h2")).hasText("机构职能");
		assertThat(this.page.locator("[id='division-ln.foreign-experts']")).containsText("外国专家与国际合作处");

		this.page.locator("#language").click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(this.page.locator("h2")).hasText("Organisation and duties");
		assertThat(this.page.locator("[id='division-ln.foreign-experts']"))
			.containsText("Foreign Experts and International Cooperation Division");
		// The choice sticks for the next page.
		this.page.navigate("/");
		assertThat(this.page.locator("h2")).containsText("Administrative approvals");
	}

}
