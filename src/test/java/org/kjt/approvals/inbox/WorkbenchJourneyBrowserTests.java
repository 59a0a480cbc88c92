package org.kjt.approvals.inbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.licensing.LicensingFixtures;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.BrowserSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium, through the UI alone: a licence application gets a correction
 * notice from the workbench, the applicant answers it, the office accepts, two staff
 * verify on site, the reviewer proposes, the head signs off seeing the proposal and the
 * path on the process diagram, and the office delivers. Screenshots go to
 * {@code target/screenshots/}.
 */
@ApprovalsTest
class WorkbenchJourneyBrowserTests {

	static final Path SHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	Page page;

	@AfterEach
	void close() {
		if (this.page != null) {
			this.page.context().close();
		}
	}

	@Test
	void correctionInspectionProposalSignOffAndDeliveryThroughTheWorkbench() throws Exception {
		Path pdf = Files.createTempFile("material", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n% journey\n");
		Files.createDirectories(SHOTS);

		// The applicant applies.
		this.page = BrowserSupport.newPage(BrowserSupport.base(this.port));
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/portal/apply/liaoning/lab-animal-production");
		this.page.locator("#form-scope input").fill("SPF级 SD 大鼠");
		this.page.locator("#form-facilityAddress input").fill("沈阳市示例路9号");
		this.page.locator("#form-legalRepresentative input").fill("赵六");
		this.page.locator("#save-draft").click();
		for (String material : LicensingFixtures.MANDATORY) {
			this.page.locator("#upload-" + material + " input[type=file]").setInputFiles(pdf);
			assertThat(this.page.locator("#status-" + material)).containsText("✔");
		}
		this.page.locator("#submit").click();
		Pattern caseUrl = Pattern.compile(".*/portal/case/(\\d+)$");
		this.page.waitForURL(caseUrl);
		Matcher url = caseUrl.matcher(this.page.url());
		assertThat(url.matches()).isTrue();
		long caseId = Long.parseLong(url.group(1));
		String reference = this.page.locator("h2").first().textContent().split(" · ")[0].strip();
		assertThat(reference).startsWith("LN-");
		this.page.context().close();

		// The office asks for one correction through the task form's checklist.
		staff("ln-approval", reference, "intake", "correction", (task) -> {
			radio(task, "一次性告知补正");
			task.locator("#item-legal-status").click();
			task.locator("#problem-legal-status input").fill("营业执照复印件未加盖公章");
			task.locator("#opinion textarea").fill("法人资格证明须补正");
		});

		// The applicant answers it.
		this.page = BrowserSupport.newPage(BrowserSupport.base(this.port));
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/portal/case/" + caseId);
		assertThat(this.page.locator("#correction")).containsText("营业执照复印件未加盖公章");
		this.page.locator("#correct-legal-status input[type=file]").setInputFiles(pdf);
		this.page.locator("#resubmit").click();
		assertThat(this.page.locator("#case-status")).hasText("待受理");
		this.page.context().close();

		// Accepted; the review sends two staff on site; both record what they found.
		staff("ln-approval", reference, "intake", "accept", (task) -> {
			radio(task, "受理");
			task.locator("#opinion textarea").fill("补正后材料齐全,予以受理");
		});
		staff("ln-approval", reference, "review", "inspect", (task) -> {
			radio(task, "安排实地核查");
			pickColleague(task, "ln-approval");
			pickColleague(task, "ln-approval2");
			task.locator("#field-expectedDuration input").fill("3个工作日");
			task.locator("#opinion textarea").fill("安排两名工作人员实地核查");
		});
		for (String inspector : List.of("ln-approval", "ln-approval2")) {
			staff(inspector, reference, "inspection", null, (task) -> {
				radio(task, "核查完成");
				task.locator("#opinion textarea").fill("设施与申报一致,符合要求");
			});
		}
		// The reviewer asks the foreign experts division for a written opinion, keeping
		// the review; that division answers from its own queue.
		consult("ln-approval", reference, "外国专家与国际合作处", "申请单位是否聘用外籍技术人员从事动物实验?");
		staff("ln-expert", reference, "consultation", "consultation", (task) -> {
			assertThat(task.locator("#consultation-question")).containsText("申请单位是否聘用外籍技术人员从事动物实验?");
			radio(task, "回复意见");
			task.locator("#opinion textarea").fill("经查,该单位未聘用外籍人员。");
		});
		staff("ln-approval", reference, "review", "propose", (task) -> {
			// The answer is in the approval trail, next to the question.
			assertThat(task.locator("#history")).containsText("经查,该单位未聘用外籍人员。");
			assertThat(task.locator("#history")).containsText("申请单位是否聘用外籍技术人员从事动物实验?");
			radio(task, "提出拟办意见");
			radio(task, "准予许可");
			task.locator("#opinion textarea").fill("经实地核查,符合条件,拟准予许可");
		});

		// The head sees what is proposed and the path on the diagram before signing.
		staff("ln-approval-head", reference, "signOff", "signoff", (task) -> {
			assertThat(task.locator("#previous-opinion")).containsText("准予许可");
			assertThat(task.locator("#previous-opinion")).containsText("经实地核查,符合条件,拟准予许可");
			assertThat(task.locator("#step-inspection")).hasAttribute("data-state", "done");
			assertThat(task.locator("#step-signOff")).hasAttribute("data-state", "current");
			assertThat(task.locator("#process-steps")).not().containsText("听证");
			task.locator("#diagram-panel vaadin-details-summary").click();
			Locator diagram = task.locator("kjt-bpmn-diagram[data-rendered='true']");
			diagram.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
			Set<String> visited = new HashSet<>(Arrays.asList(diagram.getAttribute("visited").split(",")));
			assertThat(visited).contains("intake", "correction", "review", "inspection", "toIntake")
				.doesNotContain("hearing", "expertReview", "signOff");
			// The highlighted elements are exactly the visited ones, and the open one.
			assertThat(markedIds(task, "path-visited")).isEqualTo(visited);
			assertThat(markedIds(task, "path-current")).contains("signOff");
			task.locator("#diagram-panel").scrollIntoViewIfNeeded();
			task.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("workbench-signoff-diagram.png"))
				.setFullPage(true));
			// A material opens in a preview on the page, served to this session only.
			task.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("预览")).first().click();
			Locator frame = task.locator("#preview-frame");
			assertThat(frame).isAttached();
			com.microsoft.playwright.APIResponse preview = task.request()
				.get(BrowserSupport.base(this.port) + "/" + frame.getAttribute("src"));
			assertThat(preview.status()).isEqualTo(200);
			assertThat(preview.headers().get("content-type")).startsWith("application/pdf");
			assertThat(preview.headers().get("content-security-policy")).contains("frame-ancestors 'self'");
			task.keyboard().press("Escape");
			radio(task, "同意");
			task.locator("#opinion textarea").fill("同意");
		});
		staff("ln-approval", reference, "delivery", "delivery", (task) -> {
			radio(task, "已送达");
			radio(task, "邮寄");
			task.locator("#opinion textarea").fill("已通过EMS寄出");
		});

		// The decision reached the applicant.
		this.page = BrowserSupport.newPage(BrowserSupport.base(this.port));
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/portal/case/" + caseId);
		assertThat(this.page.locator("#case-status")).hasText("准予许可");
	}

	/**
	 * A staff member logs in (landing on the workbench), finds the case by its reference
	 * number in their own tasks or, failing that, claims it from the division's queue,
	 * fills in the step and completes it.
	 */
	private void staff(String user, String reference, String step, String shot, Consumer<Page> decision) {
		Page staff = BrowserSupport.newPage(BrowserSupport.base(this.port));
		try {
			BrowserSupport.logIn(staff, user, "demo");
			assertThat(staff).hasURL(Pattern.compile(".*/workbench$"));
			// The page's content is its main landmark.
			assertThat(staff.locator("[role='main']")).hasCount(1);
			// The menu says how many tasks wait: this one at least.
			assertThat(staff.locator("#pending-count")).hasText(Pattern.compile("[1-9][0-9]*\\+?"));
			open(staff, reference);
			if ("consultation".equals(step)) {
				assertThat(staff.locator("#consultation-question")).isVisible();
			}
			else {
				assertThat(staff.locator("[id='step-" + step + "']")).hasAttribute("data-state", "current");
			}
			decision.accept(staff);
			if (shot != null) {
				staff.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("workbench-" + shot + ".png"))
					.setFullPage(true));
			}
			staff.locator("#complete").click();
			assertThat(staff.locator("#tasks")).isVisible();
		}
		finally {
			staff.context().close();
		}
	}

	/**
	 * Opens the case's task from my tasks, or claims it from the division's queue
	 * (签收并办理), found by its reference number.
	 */
	private static void open(Page staff, String reference) {
		staff.locator("#filter-reference input").fill(reference);
		staff.locator("#filter-reference input").press("Enter");
		Locator open = staff.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("办理 " + reference).setExact(true));
		try {
			open.waitFor(new Locator.WaitForOptions().setTimeout(3_000));
			open.click();
		}
		catch (RuntimeException notMine) {
			staff.locator("#queue-group").click();
			staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签收并办理 " + reference).setExact(true))
				.click();
		}
	}

	/** The holder of the review asks another division through the task form. */
	private void consult(String user, String reference, String division, String question) {
		Page staff = BrowserSupport.newPage(BrowserSupport.base(this.port));
		try {
			BrowserSupport.logIn(staff, user, "demo");
			open(staff, reference);
			staff.locator("#consult-panel vaadin-details-summary").click();
			staff.locator("#consult-division").click();
			staff.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(division).setExact(true)).click();
			staff.locator("#consult-question textarea").fill(question);
			staff.locator("#consult-send").click();
			assertThat(staff.locator("#history")).containsText(question);
			staff.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("workbench-consult.png")));
		}
		finally {
			staff.context().close();
		}
	}

	private static void radio(Page page, String label) {
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(label).setExact(true)).check();
	}

	/** Picks a colleague in the inspectors' picker by the name colleagues know. */
	private void pickColleague(Page page, String username) {
		String name = this.accounts.find(username).map(AppUser::displayName).orElseThrow();
		page.locator("#inspectors input").fill(name);
		page.locator("vaadin-multi-select-combo-box-item:not([hidden])")
			.filter(new Locator.FilterOptions().setHasText(name))
			.click();
		page.locator("#inspectors input").press("Escape");
	}

	@SuppressWarnings("unchecked")
	private static Set<String> markedIds(Page page, String marker) {
		return new HashSet<>((List<String>) page.evaluate(
				"(marker) => Array.from(document.querySelectorAll("
						+ "'kjt-bpmn-diagram .djs-element.' + marker)).map((e) => e.getAttribute('data-element-id'))",
				marker));
	}

}
