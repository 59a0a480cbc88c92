package org.kjt.approvals.awards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.evaluation.Certificates;
import org.kjt.approvals.evaluation.EvaluationFixtures;
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
 * In headless Chromium (calls of this class are in 2035): an organisation nominates a
 * progress award in Liaoning, the division passes the formal check, the nomination is on
 * the public page, two of the discipline panel score in their own views, the division
 * records the committee's vote and the government's approval, and the certificate
 * verifies. Screenshots go to {@code target/screenshots/award-*}.
 */
@ApprovalsTest
class ScienceAwardBrowserTests {

	static final Path SHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	EvaluationFixtures evaluation;

	@Autowired
	Panels panels;

	@Autowired
	Certificates certificates;

	@Autowired
	Tasks tasks;

	@Autowired
	Users users;

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
	void nominatePanelVoteApprovalAndCertificate() throws Exception {
		BrowserSupport.requireBundle();
		LocalDate day = LocalDate.of(2035, 3, 5);
		this.evaluation.openCall("ln-awards", AwardRules.ITEM, day, "2035年度辽宁省科学技术奖(浏览器测试批)");
		this.clock.setDate(day);
		String base = BrowserSupport.base(this.port);

		this.page = BrowserSupport.newPage(base);
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/portal/apply/liaoning/science-award");
		choose("awardCategory", "科学技术进步奖");
		fill("achievementTitle", "工业互联网安全态势感知关键技术及应用");
		choose("discipline", "信息科学");
		choose("nominatorType", "单位提名");
		String[][] nominees = { { "刘强", "沈阳示例实验动物中心有限公司", "总体设计" }, { "陈静", "东北大学", "核心算法" } };
		for (int row = 0; row < nominees.length; row++) {
			if (row > 0) {
				this.page.locator("#form-nominees-add").click();
			}
			for (int column = 0; column < 3; column++) {
				this.page.locator("#form-nominees-" + row + "-" + column + " input").fill(nominees[row][column]);
			}
		}
		fill("summary", "提出多源异构数据融合的态势感知方法,在省内30余家企业应用");
		assertThat(this.page.locator("#live-panel")).containsText("✓ 符合提名要求");
		this.page.locator("#save-draft").click();
		Path pdf = Files.createTempFile("material", ".pdf");
		Files.write(pdf, TestFiles.PDF);
		for (String material : List.of("nomination-form", "evidence")) {
			this.page.locator("#upload-" + material + " input[type=file]").setInputFiles(pdf);
			assertThat(this.page.locator("#status-" + material)).containsText("✔");
		}
		shoot("nominate");
		this.page.locator("#submit").click();
		Pattern caseUrl = Pattern.compile(".*/portal/case/(\\d+)$");
		this.page.waitForURL(caseUrl);
		Matcher url = caseUrl.matcher(this.page.url());
		assertThat(url.matches()).isTrue();
		long caseId = Long.parseLong(url.group(1));
		this.page.context().close();
		this.page = null;

		BrowserSupport.work(base, "ln-awards", caseId, "formalCheck", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("形式审查通过,提交专家评审")).check();
			task.locator("#opinion textarea").fill("提名材料齐全");
		});
		this.clock.setDate(LocalDate.of(2035, 3, 6));
		this.page = BrowserSupport.newPage(base);
		this.page.navigate("/public-notices");
		assertThat(this.page.getByText("提名公示:科学技术进步奖“工业互联网安全态势感知关键技术及应用”,被提名人 刘强、陈静")).isVisible();
		this.page.context().close();
		this.page = null;

		this.clock.setDate(LocalDate.of(2035, 3, 19));
		this.tasks.fireTimer(caseId, "nominationNotice");
		List<PanelView.SeatView> seats = this.users
			.as("ln-awards", () -> this.panels.panel(caseId, Locale.SIMPLIFIED_CHINESE))
			.seats();
		assertThat(seats).hasSize(5);
		for (int i = 0; i < 2; i++) {
			PanelView.SeatView seat = seats.get(i);
			this.page = BrowserSupport.newPage(base);
			BrowserSupport.logIn(this.page, seat.username(), "demo");
			this.page.navigate("/expert/" + seat.id());
			this.page.locator("#score-innovation input").fill("26");
			this.page.locator("#score-level input").fill("25");
			this.page.locator("#score-impact input").fill("20");
			this.page.locator("#score-contribution input").fill("12");
			this.page.locator("#expert-comment textarea").fill("技术先进,应用广泛");
			this.page.locator("#expert-submit").click();
			assertThat(this.page.locator("#expert-assignments")).isVisible();
			this.page.context().close();
			this.page = null;
		}
		for (PanelView.SeatView seat : seats.subList(2, 5)) {
			this.users.run(seat.username(), () -> this.panels.score(seat.id(),
					Map.of("innovation", 26, "level", 25, "impact", 20, "contribution", 12), "同意推荐"));
		}

		BrowserSupport.work(base, "ln-awards", caseId, "committeeVote", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("记录表决结果")).check();
			task.locator("#field-votesFor input").fill("16");
			task.locator("#field-votesAgainst input").fill("2");
			task.locator("#field-votesAbstain input").fill("1");
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("二等奖").setExact(true)).check();
			task.locator("#opinion textarea").fill("奖励委员会表决通过");
		});
		this.clock.setDate(LocalDate.of(2035, 4, 2));
		this.tasks.fireTimer(caseId, "awardNotice");
		BrowserSupport.work(base, "ln-awards", caseId, "governmentApproval", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("省政府已批准")).check();
			task.locator("#field-approvalDocument input").fill("辽政发〔2035〕6号");
			task.locator("#field-approvalDate input").fill("2035-04-01");
			task.locator("#field-approvalDate input").press("Enter");
			task.locator("#opinion textarea").fill("省政府已批准");
		});

		String number = this.certificates.ofCase(caseId).orElseThrow().number();
		this.page = BrowserSupport.newPage(base);
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/portal/case/" + caseId);
		assertThat(this.page.locator("#case-status")).hasText("授奖");
		this.page.navigate("/verify-certificate?number=" + number);
		assertThat(this.page.locator("#verify-certificate-status")).hasText("有效");
		assertThat(this.page.locator("#verify-certificate-result")).containsText("2035年度科学技术进步奖二等奖");
		shoot("certificate");
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
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("award-" + name + "-desktop.png"))
			.setFullPage(true));
		this.page.setViewportSize(390, 844);
		this.page.waitForTimeout(300);
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(SHOTS.resolve("award-" + name + "-phone.png")).setFullPage(true));
		this.page.setViewportSize(1280, 900);
	}

}
