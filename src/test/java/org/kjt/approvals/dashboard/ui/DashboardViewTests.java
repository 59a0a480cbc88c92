package org.kjt.approvals.dashboard.ui;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.dashboard.Dashboard;
import org.kjt.approvals.support.KaribuSupport;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboard page: a head sees their division, a leader chooses; staff are refused.
 */
class DashboardViewTests extends KaribuSupport {

	@org.springframework.beans.factory.annotation.Autowired
	org.kjt.approvals.support.Applications applications;

	@Test
	@SuppressWarnings("unchecked")
	void aHeadSeesTheDivisionsItemsWithATotal() {
		login("jl-approval-head");
		UI.getCurrent().navigate("dashboard");
		// No division to choose: a head reads their own.
		assertThat(_find(Select.class, (spec) -> spec.withId("dashboard-division"))).isEmpty();
		Grid<Dashboard.ItemRow> items = _get(Grid.class, (spec) -> spec.withId("dashboard-items"));
		List<Dashboard.ItemRow> rows = GridKt._fetch(items, 0, GridKt._size(items));
		assertThat(rows).isNotEmpty();
		assertThat(rows.get(rows.size() - 1).item()).isEmpty();
		assertThat(GridKt._getFormattedRow(items, rows.size() - 1).get(0)).isEqualTo("合计");
		// Only the items the approval office answers for.
		assertThat(rows.subList(0, rows.size() - 1))
			.allSatisfy((row) -> assertThat(row.division()).isEqualTo("jl.approval-office"));
		// The approval office evaluates nothing: no evaluation section.
		assertThat(_find(Div.class, (spec) -> spec.withId("dashboard-evaluations"))).isEmpty();
	}

	/** A division that evaluates sees its calls, panels' progress and objections. */
	@Test
	void anEvaluatingDivisionSeesItsCallsPanelsAndObjections() {
		login("ln-enterprise-head");
		UI.getCurrent().navigate("dashboard");
		Div section = _get(Div.class, (spec) -> spec.withId("dashboard-evaluations"));
		assertThat(section.getElement().getTextRecursively()).contains("评审工作", "评分中的评审组", "待处理异议", "专家评分进度");
		assertThat(_find(section, Grid.class)).hasSize(3);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aLeaderChoosesADivision() {
		login("jl-leader");
		UI.getCurrent().navigate("dashboard");
		Select<String> division = _get(Select.class, (spec) -> spec.withId("dashboard-division"));
		assertThat(division.isVisible()).isTrue();
		division.setValue("jl.international");
		Grid<Dashboard.ItemRow> items = _get(Grid.class, (spec) -> spec.withId("dashboard-items"));
		List<Dashboard.ItemRow> rows = GridKt._fetch(items, 0, GridKt._size(items));
		assertThat(rows.subList(0, rows.size() - 1))
			.allSatisfy((row) -> assertThat(row.division()).isEqualTo("jl.international"));
	}

	@Test
	void staffWithoutHeadOrLeaderRoleCannotOpenIt() {
		login("jl-approval");
		assertThatThrownBy(() -> UI.getCurrent().navigate("dashboard")).isInstanceOf(MockAccessDeniedException.class);
	}

}
