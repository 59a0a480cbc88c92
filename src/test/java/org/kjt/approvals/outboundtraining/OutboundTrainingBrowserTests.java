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
import org.kjt.approvals.cases.Cases;
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
 * In headless Chromium: a unit applies to Jilin for a key project of five, the
 * international cooperation division reviews, its head signs, the leader signs (the
 * decision table asks for it at five people); the unit confirms the publicity and, after
 * return, files the report.
 */
@ApprovalsTest
class OutboundTrainingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Tasks tasks;

	@Autowired
	MutableClock clock;

	@Autowired
	Cases cases;

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
	void applyReviewHeadAndLeaderSignThenPublicityAndReport() throws Exception {
		BrowserSupport.requireBundle();
		this.clock.setDate(LocalDate.of(2026, 11, 2));
		this.page = BrowserSupport.newPage(BrowserSupport.base(this.port));
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/portal/apply/jilin/outbound-training");
		fill("projectName", "人工智能前沿技术培训");
		this.page.locator("#form-projectType").click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("重点出国(境)培训项目")).click();
		fill("programmeName", "高层次科技人才境外培训计划");
		fill("hostInstitution", "University of Tokyo");
		fill("invitation", "东京大学 2026-10-15 邀请函(附译文)");
		// The itinerary and the group are tables: a row per stop and per person.
		this.page.locator("#form-itinerary-0-0 input").fill("JPN");
		date("form-itinerary-0-1", "2026-12-07");
		date("form-itinerary-0-2", "2026-12-20");
		String[][] group = { { "张三", "研究员", "省科学院", "45" }, { "李四", "副研究员", "省科学院", "38" },
				{ "王五", "工程师", "省科学院", "30" }, { "赵六", "教授", "吉林大学", "50" }, { "孙七", "讲师", "吉林大学", "33" } };
		for (int row = 0; row < group.length; row++) {
			if (row > 0) {
				this.page.locator("#form-participants-add").click();
			}
			for (int column = 0; column < 4; column++) {
				this.page.locator("#form-participants-" + row + "-" + column + " input").fill(group[row][column]);
			}
		}
		fill("trainingContent", "机器学习与科研管理");
		fill("fundingSource", "单位自筹");
		fill("budgetCny", "140000");
		// The checks while filling in: five people, 14 days, 2 000 CNY per person per
		// day.
		assertThat(this.page.locator("#live-panel")).containsText("团组 5 人,1 个国家,在外 14 天");
		assertThat(this.page.locator("#live-panel")).containsText("符合重点培训项目的期限、团组规模");
		assertThat(this.page.locator("#live-panel")).containsText("属本地假设,不是法律规定");
		this.page.locator("#save-draft").click();
		Path pdf = Files.createTempFile("material", ".pdf");
		Files.write(pdf, TestFiles.PDF);
		for (String material : new String[] { "invitation", "training-plan", "budget" }) {
			this.page.locator("#upload-" + material + " input[type=file]").setInputFiles(pdf);
			assertThat(this.page.locator("#status-" + material)).containsText("✔");
		}
		this.page.locator("#submit").click();
		Pattern caseUrl = Pattern.compile(".*/portal/case/(\\d+)$");
		this.page.waitForURL(caseUrl);
		Matcher url = caseUrl.matcher(this.page.url());
		assertThat(url.matches()).isTrue();
		long caseId = Long.parseLong(url.group(1));
		assertThat(this.page.locator("#case-status")).hasText("已收件,审核中");
		this.page.context().close();
		this.page = null;

		BrowserSupport.work(BrowserSupport.base(this.port), "jl-intl", caseId, "review", (task) -> {
			assertThat(task.getByText("团组人数：5")).isVisible();
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("提出拟办意见")).check();
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("同意").setExact(true)).check();
			task.locator("#opinion textarea").fill("符合重点项目要求,拟同意");
		});
		BrowserSupport.work(BrowserSupport.base(this.port), "jl-intl-head", caseId, "signOff", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("同意").setExact(true)).check();
			task.locator("#opinion textarea").fill("同意");
		});
		BrowserSupport.work(BrowserSupport.base(this.port), "jl-leader", caseId, "leaderSignOff", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("同意").setExact(true)).check();
			task.locator("#opinion textarea").fill("同意组织实施");
		});

		// Published 11-23 to 11-27 (five working days); departure 12-07.
		this.clock.setDate(LocalDate.of(2026, 11, 30));
		this.page = BrowserSupport.newPage(BrowserSupport.base(this.port));
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/portal/case/" + caseId);
		assertThat(this.page.locator("#case-status")).hasText("同意");
		// The decision prints as a page of its own, in a new tab. (The decision's details
		// are open; the acceptance notice before it is not.)
		Page printed = this.page
			.waitForPopup(() -> this.page.locator("#notice-TRAINING_OPINION a[id^=print-notice]").click());
		assertThat(printed.locator("#title")).hasText("因公出国(境)培训项目审核意见");
		assertThat(printed.locator("#body")).containsText("人工智能前沿技术培训");
		printed.close();
		this.page.locator("#act-on-step").click();
		assertThat(this.page.locator("#trip-step")).containsText("出行前公示");
		date("publicity-from", "2026-11-23");
		date("publicity-to", "2026-11-27");
		this.page.locator("#publicity-confirm").click();
		// Published, the trip waits for departure; back on 12-20, the report opens; it is
		// filed on 12-28.
		assertThat(this.page.locator("#trip-step")).containsText("待出行");
		assertThat(this.page.locator("#trip-travel")).containsText("2026-12-20");
		this.clock.setDate(LocalDate.of(2026, 12, 28));
		this.tasks.fireTimer(caseId, "tripReturned");
		this.page.reload();
		assertThat(this.page.locator("#trip-step")).containsText("回国报告");
		assertThat(this.page.locator("#report-due")).containsText("2027-01-20");
		this.page.locator("#report-done textarea").fill("完成机器学习课程10门,走访实验室3个");
		this.page.locator("#report-itinerary input").fill("JPN:2026-12-07:2026-12-20");
		this.page.locator("#report-cost input").fill("136500");
		date("report-published", "2026-12-28");
		date("report-passports", "2026-12-24");
		this.page.locator("#report-file").click();
		assertThat(this.page.locator("#report-file")).hasCount(0);

		CaseView closed = this.users.as("applicant2", () -> this.queries.get(caseId));
		assertThat(closed.status()).isEqualTo(CaseStatus.AGREED);
		assertThat(closed.step()).isNull();
		assertThat(closed.history()).extracting(CaseView.HistoryEntry::type)
			.contains("PUBLICITY_CONFIRMED", "REPORT_FILED");
		// Who signed is on the department's record, not shown to the unit.
		assertThat(closed.history()).extracting(CaseView.HistoryEntry::actor)
			.doesNotContain("jl-intl", "jl-intl-head", "jl-leader");
		assertThat(this.users.as("jl-intl", () -> this.queries.get(caseId)).history())
			.extracting(CaseView.HistoryEntry::actor)
			.contains("jl-intl", "jl-intl-head", "jl-leader");
	}

	private void fill(String field, String value) {
		this.page.locator("#form-" + field + " input").fill(value);
	}

	private void date(String id, String value) {
		this.page.locator("#" + id + " input").fill(value);
		this.page.locator("#" + id + " input").press("Enter");
	}

}
