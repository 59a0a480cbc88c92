package org.kjt.approvals.orgstructure.ui;

import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.orgstructure.RoutingEntryView;
import org.kjt.approvals.security.ui.LoginView;
import org.kjt.approvals.support.KaribuSupport;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationViewTests extends KaribuSupport {

	@Test
	void showsLiaoningsDivisionsRemitsAndTheStepsTheyHandleWithoutLogin() {
		UI.getCurrent().navigate("org/liaoning");
		assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
			.isInstanceOf(OrganisationView.class);
		Details experts = _get(Details.class, (spec) -> spec.withId("division-ln.foreign-experts"));
		assertThat(experts.getSummaryText()).contains("外国专家与国际合作处");
		assertThat(_find(experts, Span.class)).extracting(Span::getText)
			.anyMatch((text) -> text.contains("组织实施重点出国(境)培训项目"))
			.anyMatch((text) -> text.contains("外国人来华工作许可 · 审查"));
		assertThat(_find(Details.class)).hasSize(15);
	}

	@Test
	void jilinIsTheDefaultWithItsApprovalOffice() {
		UI.getCurrent().navigate("org");
		Details office = _get(Details.class, (spec) -> spec.withId("division-jl.approval-office"));
		assertThat(office.getSummaryText()).startsWith("行政审批办公室");
		assertThat(office.isOpened()).isTrue();
	}

	@Test
	void englishShowsEnglishNamesBesideTheChineseOnes() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		UI.getCurrent().navigate("org/jilin");
		assertThat(_get(Details.class, (spec) -> spec.withId("division-jl.international")).getSummaryText())
			.isEqualTo("International Cooperation Division · 国际合作处 (jl.international)");
	}

	@Test
	void theAdminViewRedirectsAnonymousUsersToTheLogin() {
		UI.getCurrent().navigate("admin/routing");
		assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(LoginView.class);
		// The log-in page is not a dead end.
		assertThat(_get(com.vaadin.flow.component.html.Anchor.class, (spec) -> spec.withId("login-home")).getHref())
			.isEmpty();
		assertThat(_get(com.vaadin.flow.component.html.Anchor.class, (spec) -> spec.withId("login-register")).getHref())
			.isEqualTo("register");
	}

	@Test
	void theAdminViewOpensForAdminsOnly() {
		login("jl-approval");
		assertThatThrownBy(() -> UI.getCurrent().navigate("admin/routing"))
			.isInstanceOf(MockAccessDeniedException.class);
		login("admin");
		UI.getCurrent().navigate("admin/routing");
		assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
			.isInstanceOf(RoutingAdminView.class);
		// Where a row comes from and who wrote it, in words: no FILE, reference-data or
		// null.
		@SuppressWarnings("unchecked")
		Grid<RoutingEntryView> routing = _get(Grid.class, (spec) -> spec.withId("routing"));
		List<String> first = GridKt._getFormattedRow(routing, 0);
		assertThat(first).contains("随参考数据发布")
			.noneMatch((cell) -> cell.contains("FILE") || cell.contains("reference-data") || cell.contains("null"));
	}

}
