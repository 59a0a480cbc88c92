package org.kjt.approvals.hightech;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.evaluation.Certificates;
import org.kjt.approvals.evaluation.PanelView;
import org.kjt.approvals.evaluation.Panels;
import org.kjt.approvals.evaluation.PublicNotices;
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
 * In headless Chromium (calls of this class are in 2030): an enterprise applies for
 * high-tech enterprise recognition with its figures checked live, the division passes the
 * formal check, two experts score in their own views, the result goes on public notice,
 * someone objects on the public page, the division rejects the objection in its
 * evaluation view, the head recognises the enterprise, and its certificate verifies.
 * Screenshots at desktop and phone size go to {@code target/screenshots/hightech-*}.
 */
@ApprovalsTest
class HighTechRecognitionBrowserTests {

	static final Path SHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	HighTechFixtures hightech;

	@Autowired
	Tasks tasks;

	@Autowired
	Users users;

	@Autowired
	Panels panels;

	@Autowired
	PublicNotices notices;

	@Autowired
	Certificates certificates;

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
	void applyFormalCheckExpertsScoreNoticeObjectionAndRecognition() throws Exception {
		BrowserSupport.requireBundle();
		LocalDate day = LocalDate.of(2030, 3, 4);
		this.hightech.openCall(day, "2030年度高新技术企业认定(浏览器测试批)");
		this.clock.setDate(day);
		String base = BrowserSupport.base(this.port);

		this.page = BrowserSupport.newPage(base);
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/portal/apply/liaoning/high-tech-enterprise");
		date("form-registeredOn", "2020-05-01");
		this.page.locator("#form-techField").click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("电子信息")).click();
		String[][] years = { { "2029", "4000", "220" }, { "2028", "3500", "180" }, { "2027", "3000", "150" } };
		for (int row = 0; row < years.length; row++) {
			if (row > 0) {
				this.page.locator("#form-finances-add").click();
			}
			for (int column = 0; column < 3; column++) {
				this.page.locator("#form-finances-" + row + "-" + column + " input").fill(years[row][column]);
			}
		}
		fill("highTechRevenue", "2600");
		fill("totalIncome", "4100");
		fill("staffCount", "120");
		this.page.locator("#form-ipList-0-0 input").fill("发明专利");
		this.page.locator("#form-ipList-0-1 input").fill("ZL202910000001.1");
		this.page.locator("#form-ipList-0-2 input").fill("一种图像识别方法");
		// Too few S&T staff first: the live check says so, then it holds.
		fill("scienceStaffCount", "10");
		assertThat(this.page.locator("#live-panel")).containsText("✗ 科技人员占职工总数不低于10%(现为 8.33%)");
		fill("scienceStaffCount", "30");
		assertThat(this.page.locator("#live-panel")).containsText("✓ 近三个会计年度研究开发费用占销售收入比例不低于 5%(现为 5.24%)");
		assertThat(this.page.locator("#live-panel")).containsText("✓ 科技人员占职工总数不低于10%(现为 25%)");
		this.page.locator("#save-draft").click();
		Path pdf = Files.createTempFile("material", ".pdf");
		Files.write(pdf, TestFiles.PDF);
		for (String material : HighTechFixtures.MATERIALS) {
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

		BrowserSupport.work(base, "ln-enterprise", caseId, "formalCheck", (task) -> {
			assertThat(task.getByText("研究开发费用占比：5.24%")).isVisible();
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("形式审查通过,提交专家评审")).check();
			task.locator("#opinion textarea").fill("材料齐全,符合形式要求");
		});

		// Two experts score in their own views; the other two through the service.
		List<PanelView.SeatView> seats = this.hightech.panel(caseId).seats();
		for (int i = 0; i < 2; i++) {
			PanelView.SeatView seat = seats.get(i);
			this.page = BrowserSupport.newPage(base);
			BrowserSupport.logIn(this.page, seat.username(), "demo");
			assertThat(this.page.locator("#expert-assignments")).isVisible();
			this.page.navigate("/expert/" + seat.id());
			assertThat(this.page.locator("#expert-application")).containsText("2029 · 4000 · 220");
			assertThat(this.page.locator("#expert-materials a")).hasCount(HighTechFixtures.MATERIALS.size());
			this.page.locator("#score-ip input").fill("26");
			this.page.locator("#score-transfer input").fill("24");
			this.page.locator("#score-rdOrganisation input").fill("16");
			this.page.locator("#score-growth input").fill("15");
			this.page.locator("#expert-comment textarea").fill("核心技术自主,成果转化较好");
			assertThat(this.page.locator("#expert-total")).hasText("81 / 100");
			if (i == 0) {
				shoot("expert");
			}
			this.page.locator("#expert-submit").click();
			assertThat(this.page.locator("#expert-assignments")).isVisible();
			this.page.context().close();
			this.page = null;
		}
		// The division's head sees where the panel stands on the dashboard: two scored,
		// two to score, by name.
		this.page = BrowserSupport.newPage(base);
		BrowserSupport.logIn(this.page, "ln-enterprise-head", "demo");
		this.page.navigate("/dashboard");
		assertThat(this.page.locator("#dashboard-evaluations")).containsText("评审工作");
		assertThat(this.page.locator("#dashboard-experts")).containsText(seats.get(2).expertName());
		this.page.locator("#dashboard-evaluations").scrollIntoViewIfNeeded();
		shoot("dashboard");
		this.page.context().close();
		this.page = null;
		for (PanelView.SeatView seat : seats.subList(2, seats.size())) {
			this.users.run(seat.username(),
					() -> this.panels.score(seat.id(), HighTechFixtures.points(26, 24, 16, 15), "同意"));
		}
		BrowserSupport.work(base, "ln-enterprise", caseId, "proposal", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("拟认定,予以公示")).check();
			task.locator("#opinion textarea").fill("专家评审81分,拟认定");
		});

		// Anyone objects on the public page, from the working day after it is published.
		this.clock.setDate(LocalDate.of(2030, 3, 5));
		this.page = BrowserSupport.newPage(base);
		this.page.navigate("/public-notices");
		long noticeId = this.notices
			.running("liaoning", org.springframework.data.domain.PageRequest.of(0, 100), java.util.Locale.ROOT)
			.getContent()
			.stream()
			.filter((notice) -> notice.endsOn().equals(LocalDate.of(2030, 3, 18)))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(this.page.locator("#notice-" + noticeId)).containsText("拟认定为高新技术企业(专家评审得分 81.00 分)");
		shoot("notices");
		this.page.locator("#object-" + noticeId).click();
		this.page.locator("#objection-name input").fill("孙八");
		this.page.locator("#objection-contact input").fill("13500000000");
		this.page.locator("#objection-reason textarea").fill("该企业高新技术产品收入含贸易收入");
		this.page.locator("#objection-send").click();
		assertThat(this.page.getByText("异议已收到")).isVisible();
		this.page.context().close();
		this.page = null;

		// After the notice: the division rejects the objection in its view, then closes
		// the step.
		this.clock.setDate(LocalDate.of(2030, 3, 19));
		this.tasks.fireTimer(caseId, "publicNotice");
		this.page = BrowserSupport.newPage(base);
		BrowserSupport.logIn(this.page, "ln-enterprise", "demo");
		this.page.navigate("/evaluation");
		this.page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("异议处理")).click();
		this.page.locator("#evaluation-objections vaadin-button").first().click();
		this.page.locator("#objection-answer textarea").fill("经核查,贸易收入未计入高新技术产品收入,异议不成立");
		shoot("objection");
		this.page.locator("#objection-confirm").click();
		assertThat(this.page.locator("#objection-confirm")).isHidden();
		this.page.context().close();
		this.page = null;
		BrowserSupport.work(base, "ln-enterprise", caseId, "objectionHandling", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("异议已全部处理")).check();
			task.locator("#opinion textarea").fill("异议不成立,提请认定");
		});
		BrowserSupport.work(base, "ln-enterprise-head", caseId, "recognitionDecision", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("予以认定")).check();
			task.locator("#opinion textarea").fill("同意认定");
		});

		this.page = BrowserSupport.newPage(base);
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/portal/case/" + caseId);
		assertThat(this.page.locator("#case-status")).hasText("予以认定");
		String number = this.certificates.ofCase(caseId).orElseThrow().number();
		this.page.navigate("/verify-certificate?number=" + number);
		assertThat(this.page.locator("#verify-certificate-status")).hasText("有效");
		shoot("certificate");
	}

	private void shoot(String name) throws Exception {
		Files.createDirectories(SHOTS);
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("hightech-" + name + "-desktop.png"))
			.setFullPage(true));
		this.page.setViewportSize(390, 844);
		this.page.waitForTimeout(300);
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("hightech-" + name + "-phone.png"))
			.setFullPage(true));
		this.page.setViewportSize(1280, 900);
	}

	private void fill(String field, String value) {
		this.page.locator("#form-" + field + " input").fill(value);
		this.page.locator("#form-" + field + " input").press("Tab");
	}

	private void date(String id, String value) {
		this.page.locator("#" + id + " input").fill(value);
		this.page.locator("#" + id + " input").press("Enter");
	}

}
