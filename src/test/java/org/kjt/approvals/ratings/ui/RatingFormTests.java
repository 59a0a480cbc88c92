package org.kjt.approvals.ratings.ui;

import java.util.Map;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.ratings.RatingLevel;
import org.kjt.approvals.support.Applications;
import org.kjt.approvals.support.KaribuSupport;
import org.kjt.approvals.support.Tasks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The closed case's page asks for a rating once, a reason for a poor one. */
class RatingFormTests extends KaribuSupport {

	@Autowired
	Applications applications;

	@Autowired
	Tasks tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@SuppressWarnings("unchecked")
	void aPoorRatingWithoutReasonIsRefusedThenGivenOnce() {
		long open = this.applications.submittedUseLicence();
		long id = this.applications.submittedUseLicence();
		this.tasks.complete("jl-approval", id, "intake", "reject", "不属于本机关职权范围", Map.of("reason", "不属于本机关职权范围"));

		login("applicant");
		UI.getCurrent().navigate("portal/case/" + open);
		assertThat(_find(RadioButtonGroup.class, (spec) -> spec.withId("rating-level"))).isEmpty();

		UI.getCurrent().navigate("portal/case/" + id);
		RadioButtonGroup<RatingLevel> level = _get(RadioButtonGroup.class, (spec) -> spec.withId("rating-level"));
		HasValueUtilsKt._setValue(level, RatingLevel.VERY_DISSATISFIED);
		_click(_get(Button.class, (spec) -> spec.withId("rating-submit")));
		MockVaadin.clientRoundtrip(false);
		NotificationsKt.expectNotifications("选择“不满意”或“非常不满意”时请写明理由");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM apl_rating WHERE case_id = ?", Integer.class, id))
			.isZero();

		HasValueUtilsKt._setValue(_get(TextArea.class, (spec) -> spec.withId("rating-reason")), "等待时间过长");
		_click(_get(Button.class, (spec) -> spec.withId("rating-submit")));
		assertThat(_get(Paragraph.class, (spec) -> spec.withId("rating-given")).getText()).contains("非常不满意");
		assertThat(_get(Paragraph.class, (spec) -> spec.withId("rating-follow-up")).getText()).contains("核实整改");
		assertThat(_find(Button.class, (spec) -> spec.withId("rating-submit"))).isEmpty();
	}

}
