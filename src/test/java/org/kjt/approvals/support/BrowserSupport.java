package org.kjt.approvals.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.jayway.jsonpath.JsonPath;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Debian Chromium driven by Playwright, started once per test run. Playwright
 * never downloads a browser here. The browser tests need the production frontend bundle
 * (the README's test command builds it); without it Vaadin would start its dev server, so
 * they are skipped.
 */
public final class BrowserSupport {

	/** The Chromium to drive: {@code CHROMIUM} from the environment, else Debian's. */
	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	private static Playwright playwright;

	private static Browser browser;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private BrowserSupport() {
	}

	/** Skips the calling test unless the production bundle was built. */
	public static void requireBundle() {
		Assumptions.assumeTrue(productionBundle(), "the browser tests run with the production bundle (-Pproduction)");
	}

	/**
	 * A fresh browser context (own cookies) with one page.
	 * @param baseUrl the app's URL, e.g. {@code http://localhost:12345}
	 * @return the page
	 */
	public static synchronized Page newPage(String baseUrl) {
		Assumptions.assumeTrue(productionBundle(), "the browser tests run with the production bundle (-Pproduction)");
		if (browser == null) {
			if (!Files.isExecutable(CHROMIUM)) {
				throw new IllegalStateException("Chromium is missing at " + CHROMIUM + ": apt-get install chromium");
			}
			playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
							"--disable-background-networking", "--disable-component-update", "--disable-sync",
							"--no-first-run")));
			Runtime.getRuntime().addShutdownHook(new Thread(BrowserSupport::close, "playwright-close"));
		}
		BrowserContext context = browser.newContext(
				new Browser.NewContextOptions().setBaseURL(baseUrl).setLocale("en-US").setViewportSize(1280, 900));
		context.setDefaultTimeout(20_000);
		return context.newPage();
	}

	/** Logs in through the Vaadin log-in form and waits for the start page. */
	public static void logIn(Page page, String username, String password) {
		page.navigate("/login");
		page.locator("input[name='username']").fill(username);
		page.locator("input[name='password']").fill(password);
		page.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
		try {
			// The log-out button is there at any width (on a phone the user's name gives
			// way).
			page.waitForSelector("#logout");
		}
		catch (RuntimeException ex) {
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "login-failure.png")));
			throw ex;
		}
	}

	/**
	 * Claims a case's task from the user's group queue in the workbench UI, opens it,
	 * lets the caller fill in the decision, and completes it.
	 * @param baseUrl the app's URL
	 * @param user staff user (password demo)
	 * @param caseId case
	 * @param step BPMN task id
	 * @param decision fills in the task form
	 */
	public static void work(String baseUrl, String user, long caseId, String step, Consumer<Page> decision) {
		Page staff = newPage(baseUrl);
		try {
			logIn(staff, user, "demo");
			String taskId = taskId(baseUrl, user, "group", caseId, step);
			staff.navigate("/workbench");
			staff.locator("#queue-group").click();
			// 签收并办理: claimed and opened at once.
			staff.locator("[id='claim-" + taskId + "']").click();
			PlaywrightAssertions.assertThat(staff.locator("[id='step-" + step + "']"))
				.hasAttribute("data-state", "current");
			decision.accept(staff);
			staff.locator("#complete").click();
			PlaywrightAssertions.assertThat(staff.locator("#tasks")).isVisible();
		}
		finally {
			staff.context().close();
		}
	}

	/**
	 * The id of a case's task in one of the user's queues, read through the REST API.
	 * @param baseUrl the app's URL
	 * @param user staff user (password demo)
	 * @param queue group or mine
	 * @param caseId case
	 * @param step BPMN task id
	 * @return the task id; fails unless there is exactly one
	 */
	/**
	 * The address of the test server.
	 * @param port its random port
	 * @return the base URL
	 */
	public static String base(int port) {
		return "http://localhost:" + port;
	}

	public static String taskId(String baseUrl, String user, String queue, long caseId, String step) {
		try {
			HttpResponse<String> response = HTTP.send(
					HttpRequest.newBuilder(URI.create(baseUrl + "/api/tasks?size=100&queue=" + queue + "&step=" + step))
						.header("Authorization", basic(user))
						.GET()
						.build(),
					HttpResponse.BodyHandlers.ofString());
			List<String> ids = JsonPath.read(response.body(), "$.content[?(@.caseId == " + caseId + ")].id");
			Assertions.assertThat(ids).as("%s task of case %d in %s's %s queue", step, caseId, user, queue).hasSize(1);
			return ids.get(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * HTTP Basic credentials of a demo user.
	 * @param user user name (password demo)
	 * @return the Authorization header value
	 */
	public static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	private static boolean productionBundle() {
		try (var in = BrowserSupport.class.getResourceAsStream("/META-INF/VAADIN/config/flow-build-info.json")) {
			return in != null && new String(in.readAllBytes()).replace(" ", "").contains("\"productionMode\":true");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static synchronized void close() {
		if (browser != null) {
			browser.close();
			playwright.close();
		}
	}

}
