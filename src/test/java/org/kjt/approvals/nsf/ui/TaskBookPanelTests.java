package org.kjt.approvals.nsf.ui;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.nsf.NsfFixtures;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.KaribuSupport;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The funded project's applicant hands in the task book on the case page (calls of this
 * class are in 2032).
 */
class TaskBookPanelTests extends KaribuSupport {

	@Autowired
	NsfFixtures nsf;

	@Autowired
	Tasks tasks;

	@Autowired
	CaseViews views;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theTaskBookIsHandedInOnTheCasePage() {
		LocalDate day = LocalDate.of(2032, 3, 1);
		this.nsf.openCall("ln-nsf", day, "2032年度辽宁省自然科学基金(界面测试批)");
		this.clock.setDate(day);
		long id = this.nsf.submitted("applicant2", "liaoning", NsfFixtures.form("GENERAL", "10"));
		this.tasks.complete("ln-nsf", id, "formalCheck", "accept", "通过", Map.of());
		this.nsf.scoreAll(id, "ln-nsf", Map.of("significance", 25, "innovation", 25, "feasibility", 20, "team", 12));
		this.tasks.complete("ln-nsf", id, "panelMeeting", "fund", "建议资助", Map.of("fundingAmount", "9"));
		this.clock.setDate(LocalDate.of(2032, 3, 8));
		this.tasks.fireTimer(id, "publicNotice");
		this.tasks.complete("ln-nsf-head", id, "fundingDecision", "approve", "批准立项", Map.of());

		login("applicant2");
		UI.getCurrent().navigate("portal/case/" + id);
		_get(TextArea.class, (spec) -> spec.withId("task-objectives")).setValue("提出低功耗加速方法");
		_get(TextArea.class, (spec) -> spec.withId("task-plan")).setValue("三年计划");
		_get(TextArea.class, (spec) -> spec.withId("task-budget")).setValue("9万元");
		_click(_get(Button.class, (spec) -> spec.withId("task-book-submit")));
		// Deliverables missing: refused, still waiting for the task book.
		assertThat(this.views.as("applicant2", id).step()).isEqualTo("taskBook");
		_get(TextArea.class, (spec) -> spec.withId("task-deliverables")).setValue("论文3篇");
		_click(_get(Button.class, (spec) -> spec.withId("task-book-submit")));
		CaseView handedIn = this.views.as("applicant2", id);
		assertThat(handedIn.step()).isEqualTo("taskBookCheck");
		assertThat(handedIn.history()).anyMatch((entry) -> "TASK_BOOK_SUBMITTED".equals(entry.type())
				&& entry.detail().contains("提出低功耗加速方法") && entry.detail().contains("论文3篇"));
		assertThat(_find(Button.class, (spec) -> spec.withId("task-book-submit"))).isEmpty();
	}

}
