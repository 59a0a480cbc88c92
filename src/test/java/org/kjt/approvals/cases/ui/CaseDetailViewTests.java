package org.kjt.approvals.cases.ui;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.licensing.LicensingFixtures;
import org.kjt.approvals.support.KaribuSupport;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CaseDetailViewTests extends KaribuSupport {

	@Autowired
	Cases cases;

	@Autowired
	CaseQueries queries;

	@Autowired
	Users users;

	@Autowired
	MutableClock clock;

	@Autowired
	Tasks tasks;

	@Autowired
	LicensingFixtures licensing;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theApplicantRequestsAHearingFromTheCasePage() {
		this.clock.setDate(LocalDate.of(2026, 9, 24));
		long id = this.licensing.accepted("applicant", "jilin");
		this.tasks.complete("jl-approval", id, "review", "hearing", "涉及相邻单位重大利益", Map.of("expectedDuration", "20个工作日"));

		login("applicant");
		UI.getCurrent().navigate("portal/case/" + id);
		assertThat(_get(Details.class, (spec) -> spec.withId("notice-HEARING_RIGHTS")).getSummaryText())
			.contains("听证权利告知书");
		_click(_get(Button.class, (spec) -> spec.withId("request-hearing")));
		CaseView requested = this.users.as("applicant", () -> this.queries.get(id));
		assertThat(requested.step()).isEqualTo("hearingSchedule");
		assertThat(requested.history()).extracting(CaseView.HistoryEntry::type).contains("HEARING_REQUESTED");
		assertThat(_find(Button.class, (spec) -> spec.withId("request-hearing"))).isEmpty();
	}

}
