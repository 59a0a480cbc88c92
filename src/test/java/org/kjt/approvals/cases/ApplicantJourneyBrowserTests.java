package org.kjt.approvals.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kjt.approvals.security.CreditCode;
import org.kjt.approvals.security.OrganisationStatus;
import org.kjt.approvals.security.Organisations;
import org.kjt.approvals.support.Applications;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.BrowserSupport;
import org.kjt.approvals.support.PdfReading;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.TestFiles;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant's side in headless Chromium, through the pages alone: a newcomer follows
 * a case from its receipt on a phone; a new organisation registers, applies (saves a
 * draft, leaves, comes back to it, submits), prints its receipt, answers the correction
 * notice, opens the decision as a PDF whose QR code leads to the case's public progress,
 * and rates the closed case. Staff steps are taken through the services. Screenshots go
 * to {@code target/screenshots/journey-*}.
 */
@ApprovalsTest
class ApplicantJourneyBrowserTests {

	static final Path SHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	Applications applications;

	@Autowired
	CaseQueries queries;

	@Autowired
	Organisations organisations;

	@Autowired
	Users users;

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
	void aNewcomerFollowsACaseFromItsReceiptOnDesktopAndPhone() throws Exception {
		Files.createDirectories(SHOTS);
		long id = this.applications.submittedUseLicence();
		CaseView view = this.users.as("applicant", () -> this.queries.get(id));
		this.page = BrowserSupport.newPage(BrowserSupport.base(this.port));
		for (boolean phone : new boolean[] { false, true }) {
			this.page.setViewportSize(phone ? 390 : 1366, phone ? 844 : 768);
			this.page.navigate("/");
			this.page.locator("#hall-progress").click();
			this.page.locator("#progress-reference input").fill(view.referenceNo());
			this.page.locator("#progress-code input").fill(view.queryCode().toLowerCase());
			this.page.locator("#progress-lookup").click();
			assertThat(this.page.locator("#progress-step-intake")).hasAttribute("data-state", "current");
			assertThat(this.page.locator("#progress-status")).hasText("待受理");
			this.page.screenshot(new Page.ScreenshotOptions()
				.setPath(SHOTS.resolve("journey-progress-" + (phone ? "phone" : "desktop") + ".png"))
				.setFullPage(true));
		}
	}

	@ParameterizedTest(name = "phone: {0}")
	@ValueSource(booleans = { false, true })
	void registerApplyComeBackSubmitCorrectOpenTheDecisionAndRate(boolean phone) throws Exception {
		String size = phone ? "phone" : "desktop";
		Files.createDirectories(SHOTS);
		Path pdf = Files.createTempFile("material", ".pdf");
		Files.write(pdf, TestFiles.PDF);
		String suffix = String.valueOf(System.nanoTime() % 1_000_000_000L);
		String username = "journey" + suffix;
		String creditCode = CreditCode.withCheck("91220101" + String.format("%09d", Long.parseLong(suffix)));

		// A new organisation registers, with its business licence (no e-mail: it is
		// optional).
		this.page = BrowserSupport.newPage(BrowserSupport.base(this.port));
		this.page.setViewportSize(phone ? 390 : 1366, phone ? 844 : 768);
		this.page.navigate("/register");
		this.page.locator("#register-username input").fill(username);
		this.page.locator("#register-password input").fill("journey-pass-2026");
		this.page.locator("#register-password-again input").fill("journey-pass-2026");
		this.page.getByLabel("单位名称").fill("长春旅程示例科技有限公司" + suffix);
		this.page.locator("#register-credit-code input").fill(creditCode);
		this.page.getByLabel("联系人").fill("钱八");
		this.page.getByLabel("联系电话").fill("13904310099");
		this.page.locator("#register-licence input[type=file]").setInputFiles(pdf);
		assertThat(this.page.locator("#register-licence-status")).containsText("✔");
		// The department follows from the credit code (22: Jilin).
		this.page.locator("#register-department").getByText("吉林省科学技术厅").click();
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("journey-register-" + size + ".png"))
			.setFullPage(true));
		this.page.locator("#register-submit").click();
		this.page.waitForURL(Pattern.compile(".*/login$"));
		// The approval office verifies it.
		this.users.run("jl-approval",
				() -> this.organisations.queue(OrganisationStatus.PENDING, PageRequest.of(0, 100))
					.stream()
					.filter((organisation) -> organisation.creditCode().equals(creditCode))
					.findFirst()
					.ifPresent((organisation) -> this.organisations.verify(organisation.id())));

		// It applies: a draft, left and come back to.
		BrowserSupport.logIn(this.page, username, "journey-pass-2026");
		this.page.navigate("/portal/apply/jilin/lab-animal-use");
		this.page.locator("#form-scope input").fill("SPF级大鼠动物实验");
		this.page.locator("#form-facilityAddress input").fill("长春市旅程路8号");
		this.page.locator("#save-draft").click();
		assertThat(this.page.locator("#materials-hint")).isHidden();
		this.page.navigate("/portal");
		this.page.locator("#my-cases a").first().click();
		this.page.waitForURL(Pattern.compile(".*/portal/case/\\d+$"));
		this.page.locator("#continue-draft").click();
		assertThat(this.page.locator("#form-scope input")).hasValue("SPF级大鼠动物实验");
		this.page.locator("#form-legalRepresentative input").fill("钱八");
		this.page.locator("#save-draft").click();
		// Saved: the upload slots are drawn again for the saved draft.
		assertThat(this.page.locator("vaadin-notification-card").last()).containsText("草稿已保存");
		for (String material : Applications.USE_MATERIALS) {
			this.page.locator("#upload-" + material + " input[type=file]").setInputFiles(pdf);
			assertThat(this.page.locator("#status-" + material)).containsText("✔");
		}
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("journey-apply-" + size + ".png"))
			.setFullPage(true));
		this.page.locator("#submit").click();
		Pattern caseUrl = Pattern.compile(".*/portal/case/(\\d+)$");
		this.page.waitForURL(caseUrl);
		Matcher url = caseUrl.matcher(this.page.url());
		assertThat(url.matches()).isTrue();
		long id = Long.parseLong(url.group(1));
		CaseView submitted = this.users.as(username, () -> this.queries.get(id));
		assertThat(this.page.locator("#query-code")).containsText(submitted.queryCode());

		// The receipt, to print.
		Page receipt = this.page.waitForPopup(() -> this.page.locator("#print-receipt").click());
		assertThat(receipt.locator("#title")).hasText("收件回执");
		assertThat(receipt.locator("#receipt")).containsText(submitted.queryCode());
		receipt.close();

		// The office asks for a correction; it is answered on the case page.
		this.tasks.complete("jl-approval", id, "intake", "correct", "法人资格证明须补正",
				Map.of("items", Map.of("legal-status", "营业执照复印件未加盖公章")));
		this.page.reload();
		assertThat(this.page.locator("#correction")).containsText("单位法人资格证明");
		this.page.locator("#correct-legal-status input[type=file]").setInputFiles(pdf);
		// An upload is not a submission: the toast says what is still to do.
		assertThat(this.page.locator("vaadin-notification-card").last()).containsText("已上传,尚未提交");
		this.page.locator("#resubmit").click();
		assertThat(this.page.locator("#case-status")).hasText("待受理");

		// Not accepted: the decision opens as a PDF whose QR code leads to the case.
		this.tasks.complete("jl-approval", id, "intake", "reject", "不属于本机关职权范围", Map.of("reason", "不属于本机关职权范围"));
		this.page.reload();
		assertThat(this.page.locator("#case-status")).hasText("不予受理");
		String pdfLink = this.page.locator("#notice-NON_ACCEPTANCE a[id^=pdf-notice]").getAttribute("href");
		APIResponse decision = this.page.request().get(BrowserSupport.base(this.port) + "/" + pdfLink);
		assertThat(decision.ok()).isTrue();
		PdfReading read = PdfReading.of(decision.body());
		PdfReading.keep(decision.body(), "journey-decision-" + size);
		assertThat(read.text()).contains("不予受理");
		String target = read.qr();
		assertThat(target).contains("/progress?reference=" + submitted.referenceNo());
		this.page.navigate(target.substring(target.indexOf("/progress")));
		this.page.locator("#progress-code input").fill(submitted.queryCode());
		this.page.locator("#progress-lookup").click();
		assertThat(this.page.locator("#progress-status")).hasText("不予受理");

		// Closed: it is rated once.
		this.page.navigate("/portal/case/" + id);
		this.page.locator("#rating-level")
			.getByText("满意", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
			.click();
		this.page.locator("#rating-submit").click();
		assertThat(this.page.locator("#rating-given")).containsText("满意");
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(SHOTS.resolve("journey-closed-desktop.png")).setFullPage(true));
		this.page.setViewportSize(390, 844);
		this.page.reload();
		assertThat(this.page.locator("#rating-given")).isVisible();
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(SHOTS.resolve("journey-closed-phone.png")).setFullPage(true));
	}

}
