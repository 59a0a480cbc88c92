package org.kjt.approvals.dashboard;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.evaluation.PanelView;
import org.kjt.approvals.evaluation.Panels;
import org.kjt.approvals.evaluation.PublicNotices;
import org.kjt.approvals.hightech.HighTechFixtures;
import org.kjt.approvals.support.ApiClient;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: the dashboard shows where the division's evaluations stand: the call
 * and its entries, the panel still scoring with each expert's progress (one scored, the
 * others overdue once the due day has passed), then the objection to a public notice
 * waiting to be handled; Jilin's leader sees none of Liaoning's. Dates of this class are
 * in 2037.
 */
@ApprovalsTest
class EvaluationDashboardServerTests {

	static final String DIVISION = "ln.enterprise-services";

	@LocalServerPort
	int port;

	@Autowired
	HighTechFixtures hightech;

	@Autowired
	Tasks tasks;

	@Autowired
	Users users;

	@Autowired
	Panels panels;

	@Autowired
	PublicNotices notices;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient api;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Test
	void callsPanelsExpertProgressAndObjectionsAsTheyStand() throws Exception {
		LocalDate day = LocalDate.of(2037, 3, 2);
		String title = "2037年度高新技术企业认定(看板测试)";
		this.hightech.openCall(day, title);
		this.clock.setDate(day);
		long id = this.hightech.submitted("applicant2", HighTechFixtures.form());
		this.tasks.complete("ln-enterprise", id, "formalCheck", "accept", "材料齐全", Map.of());
		PanelView panel = this.hightech.panel(id);
		PanelView.SeatView first = panel.seats().get(0);
		this.users.run(first.username(),
				() -> this.panels.score(first.id(), HighTechFixtures.points(25, 25, 15, 15), "同意"));

		// While the call runs: the call with its entry, the panel scoring.
		JsonNode running = dashboard("ln-enterprise-head", DIVISION, 200).get("evaluations");
		JsonNode call = find(running.get("calls"), "title", title);
		assertThat(call.get("item").asString()).isEqualTo("high-tech-enterprise");
		assertThat(call.get("entries").asInt()).isEqualTo(1);
		assertThat(running.get("panelsScoring").asLong()).isPositive();
		assertThat(find(running.get("experts"), "name", panel.seats().get(1).expertName()).get("open").asLong())
			.isPositive();

		// The due day passed: three seats overdue, one scored; the call is over.
		this.clock.setDate(panel.dueOn().plusDays(1));
		JsonNode evaluations = dashboard("ln-enterprise-head", DIVISION, 200).get("evaluations");
		assertThat(evaluations.get("calls").findValuesAsString("title")).doesNotContain(title);
		JsonNode scored = find(evaluations.get("experts"), "name", first.expertName());
		assertThat(scored.get("scored").asLong()).isPositive();
		assertThat(evaluations.get("seatsOverdue").asLong()).isGreaterThanOrEqualTo(3);
		assertThat(evaluations.get("seatsScored").asLong()).isPositive();
		JsonNode leaderWhileScoring = dashboard("ln-leader", null, 200).get("evaluations");
		assertThat(leaderWhileScoring.get("experts")).isEmpty();
		assertThat(leaderWhileScoring.get("seatsOverdue").asLong()).isGreaterThanOrEqualTo(3);
		assertThat(leaderWhileScoring.toString()).doesNotContain(first.expertName());
		List<String> overdueNames = new ArrayList<>();
		evaluations.get("experts").forEach((row) -> {
			if (row.get("overdue").asLong() > 0) {
				overdueNames.add(row.get("name").asString());
			}
		});
		assertThat(overdueNames)
			.containsAll(panel.seats().stream().skip(1).map(PanelView.SeatView::expertName).toList());

		// The workbook has the experts' progress as a sheet of its own.
		HttpResponse<byte[]> xlsx = this.api.raw("GET", "/api/dashboard.xlsx?department=liaoning&division=" + DIVISION,
				"ln-enterprise-head", "*/*", null, null);
		assertThat(xlsx.statusCode()).isEqualTo(200);
		XlsxContent workbook = XlsxContent.read(xlsx.body());
		int sheet = workbook.sheetNames().indexOf("专家评分进度");
		assertThat(sheet).isNotNegative();
		assertThat(workbook.sheet(sheet)).anySatisfy((row) -> assertThat(row).contains(first.expertName()));

		// Scored, proposed and published: an objection comes in and waits.
		this.hightech.scoreAll(id, HighTechFixtures.points(25, 25, 15, 15));
		this.tasks.complete("ln-enterprise", id, "proposal", "propose", "拟认定", Map.of());
		long noticeId = this.jdbc.queryForObject("SELECT id FROM ev_public_notice WHERE case_id = ?", Long.class, id);
		LocalDate noticeStarts = this.jdbc
			.queryForObject("SELECT starts_on FROM ev_public_notice WHERE id = ?", java.sql.Date.class, noticeId)
			.toLocalDate();
		this.clock.setDate(noticeStarts);
		this.notices.object(noticeId, "钱七", "13800000000", "高新技术产品收入口径有误");
		JsonNode withObjection = dashboard("ln-enterprise-head", DIVISION, 200).get("evaluations");
		assertThat(withObjection.get("openObjections").asLong()).isPositive();
		JsonNode objection = find(withObjection.get("objections"), "caseId", String.valueOf(id));
		assertThat(objection.get("item").asString()).isEqualTo("high-tech-enterprise");
		// The objector's name and contact are not on the dashboard.
		assertThat(withObjection.toString()).doesNotContain("钱七", "13800000000");

		// The department's leader sees it too; Jilin's leader nothing of Liaoning's;
		// nobody
		// else reads the dashboard.
		JsonNode leader = dashboard("ln-leader", null, 200).get("evaluations");
		assertThat(leader.get("openObjections").asLong()).isPositive();
		// Who sits on a live panel is the pool's division's to know: the leader has
		// totals.
		assertThat(leader.get("experts")).isEmpty();
		JsonNode jilin = dashboard("jl-leader", null, 200).get("evaluations");
		assertThat(jilin.toString()).doesNotContain(title);
		assertThat(jilin.get("objections").findValuesAsString("caseId")).doesNotContain(String.valueOf(id));
		dashboard("ln-enterprise", DIVISION, 403);
		dashboard("applicant2", null, 403);
		dashboard("ln-approval-head", DIVISION, 403);
	}

	private JsonNode dashboard(String user, String division, int status) {
		return this.api.get("/api/dashboard?department=" + (user.startsWith("jl") ? "jilin" : "liaoning")
				+ ((division != null) ? "&division=" + division : ""), user, status);
	}

	private static JsonNode find(JsonNode rows, String field, String value) {
		for (JsonNode row : rows) {
			if (row.get(field).asString().equals(value)) {
				return row;
			}
		}
		throw new AssertionError("no row with " + field + " = " + value + " in " + rows);
	}

}
