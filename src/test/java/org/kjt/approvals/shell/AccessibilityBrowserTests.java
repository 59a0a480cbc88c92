package org.kjt.approvals.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.Applications;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.BrowserSupport;
import org.kjt.approvals.support.Tasks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public and applicant page, in headless Chromium at desktop and phone size:
 * axe-core finds no critical or serious violation, and on a phone nothing scrolls
 * sideways and the menu and log-out are in reach. Screenshots of each go to
 * {@code target/screenshots/a11y-*}.
 */
@ApprovalsTest
class AccessibilityBrowserTests {

	static final Path SHOTS = Path.of("target", "screenshots");

	static final List<String> PUBLIC = List.of("/", "/progress", "/items", "/licences", "/verify-licence",
			"/verify-permit", "/org", "/login", "/register");

	@LocalServerPort
	int port;

	@Autowired
	Applications applications;

	@Autowired
	Tasks tasks;

	Page page;

	@AfterEach
	void close() {
		if (this.page != null) {
			this.page.context().close();
		}
	}

	@Test
	void publicPagesPassAxeOnDesktopAndPhone() throws Exception {
		this.page = BrowserSupport.newPage(BrowserSupport.base(this.port));
		List<String> problems = new ArrayList<>();
		for (String path : PUBLIC) {
			check(path, problems, false);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void applicantPagesPassAxeOnDesktopAndPhone() throws Exception {
		long id = this.applications.submittedUseLicence();
		this.tasks.complete("jl-approval", id, "intake", "accept", "材料齐全", Map.of());
		this.page = BrowserSupport.newPage(BrowserSupport.base(this.port));
		BrowserSupport.logIn(this.page, "applicant", "demo");
		List<String> problems = new ArrayList<>();
		for (String path : List.of("/portal", "/portal/case/" + id, "/messages", "/portal/apply/jilin/lab-animal-use",
				"/portal/work-permits", "/portal/outbound", "/organisation", "/account/password")) {
			check(path, problems, true);
		}
		assertThat(problems).isEmpty();
	}

	private void check(String path, List<String> problems, boolean signedIn) throws Exception {
		Files.createDirectories(SHOTS);
		String name = path.equals("/") ? "home" : path.substring(1).replaceAll("[^a-z0-9]+", "-");
		for (boolean phone : List.of(false, true)) {
			this.page.setViewportSize(phone ? 390 : 1366, phone ? 844 : 768);
			this.page.navigate(path);
			this.page.waitForLoadState(LoadState.NETWORKIDLE);
			this.page.waitForSelector("[role=main], main, vaadin-login-overlay, vaadin-login-form");
			String size = phone ? "phone" : "desktop";
			this.page
				.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("a11y-" + name + "-" + size + ".png"))
					.setFullPage(true));
			AxeResults results = new AxeBuilder(this.page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
				.analyze();
			for (Rule violation : results.getViolations()) {
				if ("critical".equals(violation.getImpact()) || "serious".equals(violation.getImpact())) {
					problems.add(path + " (" + size + "): " + violation.getId() + " " + violation.getHelp() + " — "
							+ violation.getNodes()
								.stream()
								.limit(3)
								.map((node) -> node.getTarget().toString())
								.toList());
				}
			}
			if (phone) {
				Object sideways = this.page
					.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
				if (Boolean.TRUE.equals(sideways)) {
					problems.add(path + " (phone): scrolls sideways");
				}
				if (signedIn && !this.page.locator("#logout").isVisible()
						&& !this.page.locator("vaadin-drawer-toggle").isVisible()) {
					problems.add(path + " (phone): neither log-out nor the menu in reach");
				}
			}
		}
	}

}
