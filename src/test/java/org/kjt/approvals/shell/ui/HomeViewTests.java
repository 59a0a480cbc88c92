package org.kjt.approvals.shell.ui;

import java.util.Locale;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.KaribuSupport;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The home page is the service hall: every item of both departments, searchable. */
class HomeViewTests extends KaribuSupport {

	@Test
	void everyItemIsATileWithItsLimitFeeAndDivision() {
		// The home page was built before the language was chosen: built again in it.
		VaadinSession.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
		UI.getCurrent().navigate("progress");
		UI.getCurrent().navigate("");
		Div use = _get(Div.class, (spec) -> spec.withId("tile-liaoning-lab-animal-use"));
		assertThat(use.getElement().getTextRecursively()).contains("实验动物使用许可证核发", "承诺时限：20 个工作日", "不收费", "受理处室");
		assertThat(_get(Anchor.class, (spec) -> spec.withId("tile-apply-liaoning-lab-animal-use")).getHref())
			.isEqualTo("portal/apply/liaoning/lab-animal-use");
		assertThat(_get(Div.class, (spec) -> spec.withId("tile-jilin-outbound-training")).isVisible()).isTrue();
		// Where to go, from the seeds; a telephone the seeds do not give is said to be
		// unpublished.
		assertThat(_get(Paragraph.class, (spec) -> spec.withId("hall-contact-jilin")).getElement().getTextRecursively())
			.contains("长春市民康路522号", "尚未公布");
		assertThat(_get(Anchor.class, (spec) -> spec.withId("hall-progress")).getHref()).isEqualTo("progress");
	}

	@Test
	void theSearchNarrowsTheTiles() {
		// The home page was built before the language was chosen: built again in it.
		VaadinSession.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
		UI.getCurrent().navigate("progress");
		UI.getCurrent().navigate("");
		TextField search = _get(TextField.class, (spec) -> spec.withId("hall-search"));
		HasValueUtilsKt._setValue(search, "工作许可");
		assertThat(_get(Div.class, (spec) -> spec.withId("tile-jilin-work-permit")).isVisible()).isTrue();
		// Hidden ones are not found among the visible.
		assertThat(_find(Div.class, (spec) -> spec.withId("tile-jilin-lab-animal-use"))).isEmpty();
		assertThat(_find(Paragraph.class, (spec) -> spec.withId("hall-no-match"))).isEmpty();
		HasValueUtilsKt._setValue(search, "没有这种事项");
		assertThat(_get(Paragraph.class, (spec) -> spec.withId("hall-no-match")).isVisible()).isTrue();
		HasValueUtilsKt._setValue(search, "");
		assertThat(_get(Div.class, (spec) -> spec.withId("tile-jilin-lab-animal-use")).isVisible()).isTrue();
	}

}
