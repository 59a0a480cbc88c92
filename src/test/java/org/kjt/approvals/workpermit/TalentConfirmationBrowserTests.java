package org.kjt.approvals.workpermit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.BrowserSupport;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.TestFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium, at desktop and phone size: the employer of a category-A permit
 * holder asks Liaoning for a talent-visa confirmation letter, is told the passport does
 * not match the card, corrects it and submits; once the division has reviewed and its
 * head signed, the employer reads the letter on the case page. Screenshots:
 * {@code target/screenshots/confirmation-*}.
 */
@ApprovalsTest
class TalentConfirmationBrowserTests {

	static final Path SHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	WorkPermitFixtures fixtures;

	@Autowired
	Tasks tasks;

	Page page;

	@AfterEach
	void close() {
		this.clock.reset();
		if (this.page != null) {
			this.page.context().close();
		}
	}

	@Test
	void theEmployerAsksForTheLetterAndReadsIt() throws Exception {
		BrowserSupport.requireBundle();
		Files.createDirectories(SHOTS);
		this.clock.setDate(WorkPermitFixtures.DAY);
		String number = this.fixtures.card("applicant2", WorkPermitFixtures.formA("R7778889"), "A");
		this.page = BrowserSupport.newPage(BrowserSupport.base(this.port));
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/portal/apply/liaoning/talent-confirmation");
		this.page.locator("#form-permitNumber input").fill(number);
		this.page.locator("#form-passportNumber input").fill("R7778880");
		this.page.locator("#form-confirmationReason").click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("办理新的人才签证(R字)")).click();
		this.page.locator("#form-plannedEntry input").fill("2027-01-10");
		this.page.locator("#form-plannedEntry input").press("Enter");
		this.page.locator("#form-consulate input").fill("中国驻英国大使馆");
		this.page.locator("#save-draft").click();
		Path pdf = Files.createTempFile("passport", ".pdf");
		Files.write(pdf, TestFiles.PDF);
		this.page.locator("#upload-passport input[type=file]").setInputFiles(pdf);
		assertThat(this.page.locator("#status-passport")).containsText("✔");
		for (boolean phone : new boolean[] { false, true }) {
			this.page.setViewportSize(phone ? 390 : 1366, phone ? 844 : 768);
			this.page.screenshot(new Page.ScreenshotOptions()
				.setPath(SHOTS.resolve("confirmation-apply-" + (phone ? "phone" : "desktop") + ".png"))
				.setFullPage(true));
		}
		this.page.setViewportSize(1366, 768);
		this.page.locator("#submit").click();
		assertThat(this.page.locator("vaadin-notification-card").last()).containsText("护照号码与工作许可证记载的不一致");

		this.page.locator("#form-passportNumber input").fill("R7778889");
		this.page.locator("#submit").click();
		Pattern caseUrl = Pattern.compile(".*/portal/case/(\\d+)$");
		this.page.waitForURL(caseUrl);
		Matcher url = caseUrl.matcher(this.page.url());
		assertThat(url.matches()).isTrue();
		long caseId = Long.parseLong(url.group(1));
		assertThat(this.page.locator("#case-status")).hasText("已收件,审查中");

		this.tasks.complete("ln-expert", caseId, "confirmationReview", "issue", "符合A类", Map.of());
		this.tasks.complete("ln-expert-head", caseId, "signOff", "approve", "同意出具", Map.of());
		this.page.reload();
		assertThat(this.page.locator("#case-status")).hasText("已出具确认函");
		assertThat(this.page.locator("#notice-TALENT_CONFIRMATION")).containsText("外国高端人才确认函");
		for (boolean phone : new boolean[] { false, true }) {
			this.page.setViewportSize(phone ? 390 : 1366, phone ? 844 : 768);
			this.page.screenshot(new Page.ScreenshotOptions()
				.setPath(SHOTS.resolve("confirmation-issued-" + (phone ? "phone" : "desktop") + ".png"))
				.setFullPage(true));
		}
	}

}
