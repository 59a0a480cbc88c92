package org.kjt.approvals.outboundtraining;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.BrowserSupport;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.TestFiles;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium, at desktop and phone size: a unit applies to Liaoning for an
 * official trip to two countries, sees the nine days it first planned flagged against the
 * limit of eight and is refused on submitting them, shortens the trip and submits; the
 * foreign-expert division reviews, its head signs, and the unit finds the trip on its
 * trips page waiting for the publicity. Screenshots: {@code target/screenshots/trip-*}.
 */
@ApprovalsTest
class OfficialTripBrowserTests {

	static final Path SHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	CaseQueries queries;

	@Autowired
	Users users;

	Page page;

	@AfterEach
	void close() {
		this.clock.reset();
		if (this.page != null) {
			this.page.context().close();
		}
	}

	@Test
	void applyOverTheLimitRefusedThenWithinReviewedAndSigned() throws Exception {
		BrowserSupport.requireBundle();
		Files.createDirectories(SHOTS);
		this.clock.setDate(LocalDate.of(2026, 11, 2));
		this.page = BrowserSupport.newPage(BrowserSupport.base(this.port));
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/portal/apply/liaoning/official-trip");
		fill("projectName", "赴德法开展智能制造合作交流");
		fill("tripPurpose", "落实合作协议,商谈联合实验室建设");
		fill("hostInstitution", "Fraunhofer IPA");
		fill("invitation", "Fraunhofer IPA 2026-10-20 邀请函");
		this.page.locator("#form-itinerary-0-0 input").fill("DEU");
		date("form-itinerary-0-1", "2026-12-07");
		date("form-itinerary-0-2", "2026-12-10");
		this.page.locator("#form-itinerary-add").click();
		this.page.locator("#form-itinerary-1-0 input").fill("FRA");
		date("form-itinerary-1-1", "2026-12-11");
		date("form-itinerary-1-2", "2026-12-15");
		String[][] group = { { "张三", "研究员", "省科学院", "45" }, { "李四", "副研究员", "省科学院", "38" } };
		for (int row = 0; row < group.length; row++) {
			if (row > 0) {
				this.page.locator("#form-participants-add").click();
			}
			for (int column = 0; column < 4; column++) {
				this.page.locator("#form-participants-" + row + "-" + column + " input").fill(group[row][column]);
			}
		}
		fill("fundingSource", "单位自筹");
		fill("budgetCny", "50000");
		// Nine days in two countries: over the limit of eight, flagged as it is typed.
		assertThat(this.page.locator("#live-panel")).containsText("团组 2 人,2 个国家,在外 9 天");
		assertThat(this.page.locator("#live-panel")).containsText("按出访国家数不得超过 8 天");
		this.page.locator("#save-draft").click();
		Path pdf = Files.createTempFile("material", ".pdf");
		Files.write(pdf, TestFiles.PDF);
		for (String material : new String[] { "invitation", "schedule", "budget" }) {
			this.page.locator("#upload-" + material + " input[type=file]").setInputFiles(pdf);
			assertThat(this.page.locator("#status-" + material)).containsText("✔");
		}
		for (boolean phone : new boolean[] { false, true }) {
			this.page.setViewportSize(phone ? 390 : 1366, phone ? 844 : 768);
			this.page.screenshot(new Page.ScreenshotOptions()
				.setPath(SHOTS.resolve("trip-apply-" + (phone ? "phone" : "desktop") + ".png"))
				.setFullPage(true));
		}
		this.page.setViewportSize(1366, 768);
		this.page.locator("#submit").click();
		assertThat(this.page.locator("vaadin-notification-card").last()).containsText("超出因公临时出国的限制");
		assertThat(this.page).hasURL(Pattern.compile(".*/portal/apply/liaoning/official-trip.*"));

		date("form-itinerary-1-2", "2026-12-14");
		assertThat(this.page.locator("#live-panel")).containsText("符合因公临时出国的限制");
		this.page.locator("#submit").click();
		Pattern caseUrl = Pattern.compile(".*/portal/case/(\\d+)$");
		this.page.waitForURL(caseUrl);
		Matcher url = caseUrl.matcher(this.page.url());
		assertThat(url.matches()).isTrue();
		long caseId = Long.parseLong(url.group(1));
		assertThat(this.page.locator("#case-status")).hasText("已收件,审核中");
		this.page.context().close();
		this.page = null;

		BrowserSupport.work(BrowserSupport.base(this.port), "ln-expert", caseId, "review", (task) -> {
			assertThat(task.getByText("在外天数(含离抵境日)：8")).isVisible();
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("提出拟办意见")).check();
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("同意").setExact(true)).check();
			task.locator("#opinion textarea").fill("任务必要,行程符合规定,拟同意");
		});
		BrowserSupport.work(BrowserSupport.base(this.port), "ln-expert-head", caseId, "signOff", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("同意").setExact(true)).check();
			task.locator("#opinion textarea").fill("同意");
		});

		this.page = BrowserSupport.newPage(BrowserSupport.base(this.port));
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/portal/outbound/" + caseId);
		assertThat(this.page.locator("#trip-step")).containsText("出行前公示");
		assertThat(this.page.locator("#trip-checks")).containsText("符合因公临时出国的限制");
		for (boolean phone : new boolean[] { false, true }) {
			this.page.setViewportSize(phone ? 390 : 1366, phone ? 844 : 768);
			this.page.screenshot(new Page.ScreenshotOptions()
				.setPath(SHOTS.resolve("trip-publicity-" + (phone ? "phone" : "desktop") + ".png"))
				.setFullPage(true));
		}
		CaseView agreed = this.users.as("applicant2", () -> this.queries.get(caseId));
		assertThat(agreed.status()).isEqualTo(CaseStatus.AGREED);
		assertThat(agreed.notices()).extracting(CaseView.NoticeView::type).contains("TRIP_OPINION");
	}

	private void fill(String field, String value) {
		this.page.locator("#form-" + field + " input").fill(value);
	}

	private void date(String id, String value) {
		this.page.locator("#" + id + " input").fill(value);
		this.page.locator("#" + id + " input").press("Enter");
	}

}
