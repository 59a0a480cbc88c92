package org.kjt.approvals.messages.ui;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.Applications;
import org.kjt.approvals.support.Committed;
import org.kjt.approvals.support.KaribuSupport;
import org.kjt.approvals.support.Tasks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The message centre lists what the applicant was told, unread marked in words. */
class MessagesViewTests extends KaribuSupport {

	@Autowired
	Applications applications;

	@Autowired
	Tasks tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAcceptanceIsListedUnreadUntilMarkedRead() {
		long id = this.applications.submittedUseLicence();
		this.tasks.complete("jl-approval", id, "intake", "accept", "材料齐全", Map.of());
		long messageId = this.jdbc.queryForObject("SELECT id FROM apl_message WHERE case_id = ? AND kind = 'NOTICE'",
				Long.class, id);

		login("applicant");
		UI.getCurrent().navigate("messages");
		Div card = _get(Div.class, (spec) -> spec.withId("message-" + messageId));
		assertThat(card.getElement().getAttribute("data-read")).isEqualTo("false");
		assertThat(card.getElement().getTextRecursively()).contains("未读", "申请已受理", "查看办件");
		_click(_get(Button.class, (spec) -> spec.withId("message-read-" + messageId)));
		card = _get(Div.class, (spec) -> spec.withId("message-" + messageId));
		assertThat(card.getElement().getAttribute("data-read")).isEqualTo("true");
		assertThat(_find(Button.class, (spec) -> spec.withId("message-read-" + messageId))).isEmpty();
	}

	/** An expert reads what their panels ask of them, and is led to their assignments. */
	@Test
	void anExpertReadsTheirPanelMessagesLeadingToTheirAssignments() {
		long id = this.applications.submittedUseLicence();
		Committed.update(this.jdbc,
				"INSERT INTO apl_message (recipient, case_id, reference_no, kind, args_json, dedupe_key,"
						+ " created_at, mail_state) VALUES ('expert1', ?, 'JL-TEST-1', 'EXPERT_REMINDER',"
						+ " '[\"high-tech-enterprise\",\"2027-08-16\"]', ?, CURRENT_TIMESTAMP, 'NONE')",
				id, "test:expert-reminder:" + id);
		login("expert1");
		UI.getCurrent().navigate("messages");
		long messageId = this.jdbc.queryForObject("SELECT id FROM apl_message WHERE dedupe_key = ?", Long.class,
				"test:expert-reminder:" + id);
		Div card = _get(Div.class, (spec) -> spec.withId("message-" + messageId));
		assertThat(card.getElement().getTextRecursively()).contains("评分即将到期:高新技术企业认定 · JL-TEST-1", "评分期限为 2027-08-16",
				"查看评审任务");
		assertThat(_get(card, Anchor.class).getHref()).isEqualTo("expert");
	}

}
