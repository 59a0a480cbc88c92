package org.kjt.approvals.cases.ui;

import java.time.LocalDate;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.support.Applications;
import org.kjt.approvals.support.Committed;
import org.kjt.approvals.support.KaribuSupport;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case's progress as a timeline: on the applicant's case page with the query code and
 * the receipt, and on the public look-up page for whoever holds the receipt.
 */
class ProgressViewTests extends KaribuSupport {

	@Autowired
	Applications applications;

	@Autowired
	CaseQueries queries;

	@Autowired
	Users users;

	@Autowired
	Tasks tasks;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void reset() {
		this.clock.reset();
		Committed.update(this.jdbc, "DELETE FROM app_attempt WHERE kind = 'progress'");
	}

	@Test
	void theCasePageShowsThePathTakenInWorkingDays() {
		// Tue 1 Dec: submitted; Thu 3 Dec: accepted, two working days at intake.
		this.clock.setDate(LocalDate.of(2026, 12, 1));
		long id = this.applications.submittedUseLicence();
		this.clock.setDate(LocalDate.of(2026, 12, 3));
		this.tasks.complete("jl-approval", id, "intake", "accept", "材料齐全", Map.of());
		CaseView view = this.users.as("applicant", () -> this.queries.get(id));

		login("applicant");
		UI.getCurrent().navigate("portal/case/" + id);
		assertThat(_get(Span.class, (spec) -> spec.withId("query-code")).getText()).contains(view.queryCode());
		ListItem intake = _get(ListItem.class, (spec) -> spec.withId("progress-step-intake"));
		assertThat(intake.getElement().getAttribute("data-state")).isEqualTo("done");
		assertThat(intake.getElement().getTextRecursively()).contains("2026-12-01 进入", "2026-12-03 办结", "用时 2 个工作日");
		ListItem review = _get(ListItem.class, (spec) -> spec.withId("progress-step-review"));
		assertThat(review.getElement().getAttribute("data-state")).isEqualTo("current");
		assertThat(review.getElement().getTextRecursively()).contains("办理中");
		// Steps the case has not reached are not shown.
		assertThat(_find(ListItem.class, (spec) -> spec.withId("progress-step-decision"))).isEmpty();
		assertThat(_get(Span.class, (spec) -> spec.withId("progress-remaining")).getText()).contains("个工作日");
	}

	@Test
	void anyoneWithTheReceiptFollowsTheCaseWithoutLoggingIn() {
		long id = this.applications.submittedUseLicence();
		CaseView view = this.users.as("applicant", () -> this.queries.get(id));

		UI.getCurrent().navigate("progress", QueryParameters.of("reference", view.referenceNo()));
		assertThat(_get(TextField.class, (spec) -> spec.withId("progress-reference")).getValue())
			.isEqualTo(view.referenceNo());
		HasValueUtilsKt._setValue(_get(TextField.class, (spec) -> spec.withId("progress-code")), "WRONGCDE");
		_click(_get(Button.class, (spec) -> spec.withId("progress-lookup")));
		assertThat(_get(Paragraph.class, (spec) -> spec.withId("progress-refused")).getText()).contains("没有找到");
		assertThat(_find(ListItem.class, (spec) -> spec.withId("progress-step-intake"))).isEmpty();

		HasValueUtilsKt._setValue(_get(TextField.class, (spec) -> spec.withId("progress-code")), view.queryCode());
		_click(_get(Button.class, (spec) -> spec.withId("progress-lookup")));
		assertThat(_get(ListItem.class, (spec) -> spec.withId("progress-step-intake")).getElement()
			.getAttribute("data-state")).isEqualTo("current");
		assertThat(_get(Span.class, (spec) -> spec.withId("progress-status")).getText()).isEqualTo("待受理");
	}

}
