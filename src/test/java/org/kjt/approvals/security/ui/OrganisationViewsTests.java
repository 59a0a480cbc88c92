package org.kjt.approvals.security.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.security.CreditCode;
import org.kjt.approvals.security.OrganisationView;
import org.kjt.approvals.security.Registration;
import org.kjt.approvals.support.KaribuSupport;
import org.kjt.approvals.support.TestFiles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verification queue as the approval office works it, and the organisation page as
 * its administrator reads the outcome.
 */
class OrganisationViewsTests extends KaribuSupport {

	@Test
	void theApprovalOfficeRefusesWithReasonsAndTheOrganisationReadsThem() {
		String username = "ui-org-" + System.nanoTime() % 1_000_000;
		String code = CreditCode.withCheck("912201010%08d".formatted(System.nanoTime() % 100_000_000L));
		this.accounts.registerApplicant(new Registration(username, "long-enough-1", "界面核验示例有限公司", code, "王五",
				"13900000000", "ui@example.cn", "jilin"), "营业执照.pdf", TestFiles.PDF);

		login("jl-approval");
		UI.getCurrent().navigate("organisations/verification");
		@SuppressWarnings("unchecked")
		Grid<OrganisationView> queue = _get(Grid.class, (spec) -> spec.withId("verification-queue"));
		OrganisationView pending = queue.getGenericDataView()
			.getItems()
			.filter((organisation) -> organisation.creditCode().equals(code))
			.findFirst()
			.orElseThrow();
		queue.select(pending);
		assertThat(_find(com.vaadin.flow.component.html.Anchor.class)).extracting((link) -> link.getText())
			.contains("营业执照.pdf");
		// Refusing without reasons is refused, and nothing changes.
		_click(_get(Button.class, (spec) -> spec.withId("verification-refuse")));
		assertThat(queue.getGenericDataView().getItems().map(OrganisationView::creditCode).toList()).contains(code);
		_get(TextArea.class, (spec) -> spec.withId("verification-reason")).setValue("执照模糊,无法辨认信用代码");
		_click(_get(Button.class, (spec) -> spec.withId("verification-refuse")));
		List<String> still = queue.getGenericDataView().getItems().map(OrganisationView::creditCode).toList();
		assertThat(still).doesNotContain(code);

		login(username);
		UI.getCurrent().navigate("organisation");
		assertThat(_get(Span.class, (spec) -> spec.withId("organisation-status")).getText()).isEqualTo("不予核验");
		assertThat(_get(Paragraph.class, (spec) -> spec.withId("organisation-refusal")).getText())
			.contains("执照模糊,无法辨认信用代码");
	}

	@Test
	void staffOfAnotherDivisionAreToldTheQueueIsNotTheirs() {
		login("jl-intl");
		UI.getCurrent().navigate("organisations/verification");
		assertThat(_find(Grid.class)).isEmpty();
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("只有负责单位核验的处室工作人员才能办理");
	}

}
