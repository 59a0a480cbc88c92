package org.kjt.approvals.nsf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.evaluation.PanelView;
import org.kjt.approvals.evaluation.Panels;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.BrowserSupport;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.TestFiles;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium (calls of this class are in 2034): a researcher's organisation
 * applies to Liaoning's natural-science fund with the limits checked live, the division
 * passes the formal check, two reviewers score in their own views, the panel meeting
 * recommends an amount, the recommendation is on the public page, the head approves, and
 * the applicant hands in the task book on the case page. Screenshots go to
 * {@code target/screenshots/nsf-*}.
 */
@ApprovalsTest
class NsfProjectBrowserTests {

	static final Path SHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	NsfFixtures nsf;

	@Autowired
	Tasks tasks;

	@Autowired
	Users users;

	@Autowired
	Panels panels;

	@Autowired
	MutableClock clock;

	Page page;

	@AfterEach
	void close() {
		this.clock.reset();
		if (this.page != null) {
			this.page.context().close();
		}
	}

	@Test
	void applyReviewRecommendApproveAndTaskBook() throws Exception {
		BrowserSupport.requireBundle();
		LocalDate day = LocalDate.of(2034, 3, 6);
		this.nsf.openCall("ln-nsf", day, "2034年度辽宁省自然科学基金(浏览器测试批)");
		this.clock.setDate(day);
		String base = BrowserSupport.base(this.port);

		this.page = BrowserSupport.newPage(base);
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/portal/apply/liaoning/natural-science-fund");
		fill("projectTitle", "面向边缘计算的低功耗神经网络加速方法研究");
		choose("grantType", "面上项目");
		choose("discipline", "信息科学");
		fill("principalInvestigator", "周明");
		fill("piTitle", "副教授");
		this.page.locator("#form-piBirthDate input").fill("1992-06-01");
		this.page.locator("#form-piBirthDate input").press("Enter");
		fill("durationYears", "3");
		fill("requestedAmount", "12");
		assertThat(this.page.locator("#live-panel")).containsText("✗ 申请金额 12 万元,超过本类项目上限 10 万元");
		fill("requestedAmount", "10");
		assertThat(this.page.locator("#live-panel")).containsText("✓ 符合本年度基金的申请限制");
		this.page.locator("#form-researchContent textarea, #form-researchContent input")
			.first()
			.fill("研究稀疏量化与存算一体的联合优化方法");
		this.page.locator("#save-draft").click();
		Path pdf = Files.createTempFile("material", ".pdf");
		Files.write(pdf, TestFiles.PDF);
		for (String material : List.of("application-form", "host-commitment", "pi-credentials")) {
			this.page.locator("#upload-" + material + " input[type=file]").setInputFiles(pdf);
			assertThat(this.page.locator("#status-" + material)).containsText("✔");
		}
		shoot("apply");
		this.page.locator("#submit").click();
		Pattern caseUrl = Pattern.compile(".*/portal/case/(\\d+)$");
		this.page.waitForURL(caseUrl);
		Matcher url = caseUrl.matcher(this.page.url());
		assertThat(url.matches()).isTrue();
		long caseId = Long.parseLong(url.group(1));
		this.page.context().close();
		this.page = null;

		BrowserSupport.work(base, "ln-nsf", caseId, "formalCheck", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("形式审查通过,提交专家评审")).check();
			task.locator("#opinion textarea").fill("形式审查通过");
		});
		List<PanelView.SeatView> seats = this.nsf.panel("ln-nsf", caseId).seats();
		for (int i = 0; i < 2; i++) {
			PanelView.SeatView seat = seats.get(i);
			this.page = BrowserSupport.newPage(base);
			BrowserSupport.logIn(this.page, seat.username(), "demo");
			this.page.navigate("/expert/" + seat.id());
			assertThat(this.page.locator("#expert-application")).containsText("信息科学");
			this.page.locator("#score-significance input").fill("25");
			this.page.locator("#score-innovation input").fill("24");
			this.page.locator("#score-feasibility input").fill("20");
			this.page.locator("#score-team input").fill("12");
			this.page.locator("#expert-comment textarea").fill("选题新颖,方案可行");
			this.page.locator("#expert-submit").click();
			assertThat(this.page.locator("#expert-assignments")).isVisible();
			this.page.context().close();
			this.page = null;
		}
		PanelView.SeatView third = seats.get(2);
		this.users.run(third.username(), () -> this.panels.score(third.id(),
				Map.of("significance", 25, "innovation", 24, "feasibility", 20, "team", 12), "同意资助"));

		BrowserSupport.work(base, "ln-nsf", caseId, "panelMeeting", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("建议资助,予以公示")).check();
			task.locator("#field-fundingAmount input").fill("8");
			task.locator("#opinion textarea").fill("会评建议资助8万元");
		});
		this.clock.setDate(LocalDate.of(2034, 3, 7));
		this.page = BrowserSupport.newPage(base);
		this.page.navigate("/public-notices");
		assertThat(this.page.getByText("拟资助:面向边缘计算的低功耗神经网络加速方法研究(负责人 周明),资助金额 8 万元")).isVisible();
		this.page.context().close();
		this.page = null;

		this.clock.setDate(LocalDate.of(2034, 3, 13));
		this.tasks.fireTimer(caseId, "publicNotice");
		BrowserSupport.work(base, "ln-nsf-head", caseId, "fundingDecision", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("批准立项")).check();
			task.locator("#opinion textarea").fill("同意立项");
		});

		this.page = BrowserSupport.newPage(base);
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/portal/case/" + caseId);
		assertThat(this.page.locator("#case-status")).hasText("予以立项");
		this.page.locator("#task-objectives textarea").fill("提出低功耗神经网络加速方法");
		this.page.locator("#task-plan textarea").fill("第一年算法设计,第二年原型实现,第三年应用验证");
		this.page.locator("#task-budget textarea").fill("第一年3万元,第二年3万元,第三年2万元");
		this.page.locator("#task-deliverables textarea").fill("论文3篇,发明专利1项");
		shoot("task-book");
		this.page.locator("#task-book-submit").click();
		assertThat(this.page.locator("#task-book")).isHidden();
		this.page.context().close();
		this.page = null;
		BrowserSupport.work(base, "ln-nsf", caseId, "taskBookCheck", (task) -> {
			assertThat(task.getByText("提出低功耗神经网络加速方法").first()).isVisible();
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("任务书通过")).check();
			task.locator("#opinion textarea").fill("任务书符合要求");
		});
	}

	private void choose(String field, String option) {
		this.page.locator("#form-" + field).click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).click();
	}

	private void fill(String field, String value) {
		this.page.locator("#form-" + field + " input").fill(value);
		this.page.locator("#form-" + field + " input").press("Tab");
	}

	private void shoot(String name) throws Exception {
		Files.createDirectories(SHOTS);
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(SHOTS.resolve("nsf-" + name + "-desktop.png")).setFullPage(true));
		this.page.setViewportSize(390, 844);
		this.page.waitForTimeout(300);
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(SHOTS.resolve("nsf-" + name + "-phone.png")).setFullPage(true));
		this.page.setViewportSize(1280, 900);
	}

}
