package org.kjt.approvals.workpermit;

import java.util.function.Consumer;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.BrowserSupport;
import org.kjt.approvals.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium: an employer's application is pre-reviewed and accepted by the
 * approval office, reviewed with its category by the foreign-expert division, signed off;
 * the employer reads the 工作许可通知, applies for the card after entry, and sees the card.
 */
@ApprovalsTest
class WorkPermitBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	WorkPermitFixtures fixtures;

	@Autowired
	MutableClock clock;

	Page page;

	@BeforeEach
	void day() {
		this.clock.setDate(WorkPermitFixtures.DAY);
	}

	@AfterEach
	void close() {
		this.clock.reset();
		if (this.page != null) {
			this.page.context().close();
		}
	}

	@Test
	void applyPreReviewReviewNoticeThenCard() {
		BrowserSupport.requireBundle();
		long caseId = this.fixtures.submitted("applicant2", "liaoning", WorkPermitFixtures.formB("BR2468024"));

		work("ln-approval", caseId, "intake", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("受理").setExact(true)).check();
			task.locator("#opinion textarea").fill("材料齐全,予以受理");
		});
		work("ln-expert", caseId, "review", (task) -> {
			assertThat(task.getByText("积分明细")).isVisible();
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("提出拟办意见")).check();
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("准予许可")).check();
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("B类 外国专业人才")).check();
			task.locator("#opinion textarea").fill("积分77分,符合B类条件,拟准予");
		});
		work("ln-expert-head", caseId, "signOff", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("同意").setExact(true)).check();
			task.locator("#opinion textarea").fill("同意");
		});

		// The employer reads the Notice and, after entry, applies for the card.
		this.page = BrowserSupport.newPage(BrowserSupport.base(this.port));
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/portal/case/" + caseId);
		assertThat(this.page.locator("#notice-WORK_PERMIT_NOTICE")).containsText("外国人工作许可通知");
		assertThat(this.page.locator("#notice-WORK_PERMIT_NOTICE")).containsText("辽科审外许字");
		this.page.navigate("/portal/work-permits");
		this.page.locator("#entry-" + caseId + " input").fill(WorkPermitFixtures.DAY.toString());
		this.page.locator("#entry-" + caseId + " input").press("Enter");
		this.page.locator("#apply-card-" + caseId).click();
		assertThat(this.page.locator("#apply-card-" + caseId)).hasCount(0);
		this.page.context().close();
		this.page = null;

		work("ln-approval", caseId, "cardIssue", (task) -> {
			task.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("核发工作许可证")).check();
			task.locator("#opinion textarea").fill("核发工作许可证");
		});

		this.page = BrowserSupport.newPage(BrowserSupport.base(this.port));
		BrowserSupport.logIn(this.page, "applicant2", "demo");
		this.page.navigate("/portal/work-permits");
		assertThat(this.page.locator("#cards")).containsText("LNWP2026");
		assertThat(this.page.locator("#cards")).containsText("有效");
	}

	private void work(String user, long caseId, String step, Consumer<Page> decision) {
		BrowserSupport.work(BrowserSupport.base(this.port), user, caseId, step, decision);
	}

}
