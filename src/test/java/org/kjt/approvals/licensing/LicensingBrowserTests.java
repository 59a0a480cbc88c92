package org.kjt.approvals.licensing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.BrowserSupport;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium: the applicant applies with every material, the office accepts,
 * the division reviews (the two inspectors record their verification through the REST
 * API), the head signs off, and the applicant reads the licence in the decision.
 */
@ApprovalsTest
class LicensingBrowserTests {

	static final List<String> MANDATORY = LicensingFixtures.MANDATORY;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	Page page;

	@AfterEach
	void close() {
		if (this.page != null) {
			this.page.context().close();
		}
	}

	@Test
	void applyAcceptReviewSignOffAndReadTheLicence() throws Exception {
		// The applicant applies in the portal.
		Path pdf = Files.createTempFile("material", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n% browser test\n");
		this.page = BrowserSupport.newPage(BrowserSupport.base(this.port));
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/items");
		this.page.locator("#catalogue-liaoning").click();
		// The tab re-renders the items on the server: wait for Liaoning's before opening
		// one.
		this.page.locator("#apply-liaoning-lab-animal-production")
			.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
		this.page.locator("#item-lab-animal-production").click();
		this.page.locator("#apply-liaoning-lab-animal-production").click();
		this.page.locator("#form-scope input").fill("SPF级 SD 大鼠");
		this.page.locator("#form-facilityAddress input").fill("沈阳市示例路8号");
		this.page.locator("#form-legalRepresentative input").fill("赵六");
		this.page.locator("#save-draft").click();
		for (String material : MANDATORY) {
			this.page.locator("#upload-" + material + " input[type=file]").setInputFiles(pdf);
			assertThat(this.page.locator("#status-" + material)).containsText("✔");
		}
		this.page.locator("#submit").click();
		assertThat(this.page.locator("#case-status")).hasText("待受理");
		// Vaadin updates the address with history.pushState: wait for it before reading
		// it.
		Pattern caseUrl = Pattern.compile(".*/portal/case/(\\d+)$");
		this.page.waitForURL(caseUrl);
		Matcher url = caseUrl.matcher(this.page.url());
		assertThat(url.matches()).isTrue();
		long caseId = Long.parseLong(url.group(1));
		this.page.context().close();

		// The approval office accepts.
		work("ln-approval", caseId, "intake", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("受理").setExact(true)).check();
			task.locator("#opinion textarea").fill("材料齐全,予以受理");
		});
		// Review: on-site verification by two staff (through the REST API), then the
		// proposal.
		String review = claimByApi("ln-approval", caseId, "review");
		post("/api/tasks/" + review + "/complete", "ln-approval",
				"{\"outcome\":\"inspect\",\"opinion\":\"安排实地核查\",\"fields\":{\"inspectors\":[\"ln-approval\",\"ln-approval2\"],\"expectedDuration\":\"3个工作日\"}}");
		for (String inspector : List.of("ln-approval", "ln-approval2")) {
			String inspection = taskId(inspector, "mine", caseId, "inspection");
			post("/api/tasks/" + inspection + "/complete", inspector, "{\"outcome\":\"done\",\"opinion\":\"设施符合要求\"}");
		}
		work("ln-approval", caseId, "review", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("提出拟办意见")).check();
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("准予许可")).check();
			task.locator("#opinion textarea").fill("符合条件,拟准予许可");
		});
		// The head of the division signs off.
		work("ln-approval-head", caseId, "signOff", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("同意").setExact(true)).check();
			task.locator("#opinion textarea").fill("同意");
		});

		// The applicant sees the decision with the licence.
		this.page = BrowserSupport.newPage(BrowserSupport.base(this.port));
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/portal/case/" + caseId);
		assertThat(this.page.locator("#case-status")).hasText("准予许可");
		assertThat(this.page.locator("#notice-GRANT")).containsText("准予行政许可决定书");
		assertThat(this.page.locator("#notice-GRANT")).containsText("SCXK(辽)");
		assertThat(this.page.locator("#notice-GRANT")).containsText("SPF级 SD 大鼠");
	}

	private void work(String user, long caseId, String step, Consumer<Page> decision) {
		BrowserSupport.work(BrowserSupport.base(this.port), user, caseId, step, decision);
	}

	private String claimByApi(String user, long caseId, String step) throws Exception {
		String id = taskId(user, "group", caseId, step);
		post("/api/tasks/" + id + "/claim", user, "");
		return id;
	}

	private String taskId(String user, String queue, long caseId, String step) {
		return BrowserSupport.taskId(BrowserSupport.base(this.port), user, queue, caseId, step);
	}

	private void post(String path, String user, String json) throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(BrowserSupport.base(this.port) + path))
				.header("Authorization", BrowserSupport.basic(user))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 299);
	}

}
