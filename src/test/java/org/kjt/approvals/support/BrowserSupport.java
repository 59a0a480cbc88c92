package org.kjt.approvals.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Debian Chromium driven by Playwright, started once per test run. Playwright
 * never downloads a browser here. The browser tests need the production frontend bundle
 * (the README's test command builds it); without it Vaadin would start its dev server, so
 * they are skipped.
 */
public final class BrowserSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static Playwright playwright;

	private static Browser browser;

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
			page.waitForSelector("#current-user");
		}
		catch (RuntimeException ex) {
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "login-failure.png")));
			throw ex;
		}
	}

	private static boolean productionBundle() {
		try (var in = BrowserSupport.class.getResourceAsStream("/META-INF/VAADIN/config/flow-build-info.json")) {
			return in != null && new String(in.readAllBytes()).replace(" ", "").contains("\"productionMode\":true");
		}
		catch (java.io.IOException ex) {
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
