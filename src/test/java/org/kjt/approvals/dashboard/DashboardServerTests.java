package org.kjt.approvals.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.support.ApiClient;
import org.kjt.approvals.support.Applications;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.BrowserSupport;
import org.kjt.approvals.support.Committed;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Over real HTTP on the real database: the dashboard's figures against a hand-computed
 * set of cases in March 2020 (on time, late, extended, clock stopped, withdrawn, decided
 * after a receipt before the period, a non-acceptance past its intake limit), the open
 * work per holder with the overdue and near-due tasks, the Excel export, and who may read
 * what.
 */
@ApprovalsTest
class DashboardServerTests {

	static final LocalDate FROM = LocalDate.of(2020, 3, 2);

	static final LocalDate TO = LocalDate.of(2020, 3, 29);

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	java.time.Clock clock;

	@Autowired
	Applications applications;

	@Autowired
	org.kjt.approvals.support.MutableClock mutableClock;

	@Autowired
	org.kjt.approvals.support.Tasks taskHelper;

	final List<Long> cases = new ArrayList<>();

	final List<String> tasks = new ArrayList<>();

	@AfterEach
	void remove() {
		this.tasks.forEach((id) -> Committed.update(this.jdbc, "DELETE FROM inbox_task WHERE task_id = ?", id));
		this.cases.forEach((id) -> Committed.update(this.jdbc, "DELETE FROM apl_case WHERE id = ?", id));
	}

	@Test
	void figuresMatchAHandComputedSetOfCases() throws Exception {
		long openBefore = openLabAnimalUse();
		// lab-animal-use (reviewed by the approval office)
		decided("lab-animal-use", "2020-03-02", "2020-03-20", "2020-03-30", "GRANTED", 14, false, 0);
		decided("lab-animal-use", "2020-03-03", "2020-03-27", "2020-03-25", "REFUSED", 18, false, 0);
		decided("lab-animal-use", "2020-03-04", "2020-03-26", "2020-04-10", "GRANTED", 12, true, 5);
		decided("lab-animal-use", "2020-02-20", "2020-03-05", "2020-03-19", "GRANTED", 10, false, 0);
		decided("lab-animal-use", "2020-03-11", "2020-03-12", null, "WITHDRAWN", null, false, 0);
		insert("lab-animal-use", "2020-03-10", null, "2020-04-08", null, "ACCEPTED", null, false, 0);
		// outbound-training (reviewed by the international cooperation division): not
		// accepted after its intake limit
		insert("outbound-training", "2020-03-05", "2020-03-16", null, "2020-03-12", "NOT_ACCEPTED", null, false, 0);

		// The leader reads the department.
		JsonNode leader = this.api.get("/api/dashboard?from=" + FROM + "&to=" + TO, "jl-leader", 200);
		Map<String, JsonNode> items = byItem(leader);
		JsonNode use = items.get("lab-animal-use");
		assertThat(use.get("division").asString()).isEqualTo("jl.approval-office");
		assertThat(use.get("received").asLong()).isEqualTo(5);
		assertThat(use.get("decided").asLong()).isEqualTo(4);
		assertThat(use.get("onTime").asLong()).isEqualTo(3);
		assertThat(use.get("onTimeRate").asDouble()).isCloseTo(0.75, within(1e-9));
		assertThat(use.get("averageWorkingDays").asDouble()).isCloseTo(13.5, within(1e-9));
		assertThat(use.get("extended").asLong()).isEqualTo(1);
		assertThat(use.get("suspended").asLong()).isEqualTo(1);
		assertThat(use.get("open").asLong()).isEqualTo(openBefore + 1);
		JsonNode outbound = items.get("outbound-training");
		assertThat(outbound.get("received").asLong()).isEqualTo(1);
		assertThat(outbound.get("decided").asLong()).isEqualTo(1);
		assertThat(outbound.get("onTime").asLong()).isZero();
		assertThat(outbound.get("onTimeRate").asDouble()).isZero();
		assertThat(outbound.get("averageWorkingDays").isNull()).isTrue();
		assertThat(leader.get("total").get("decided").asLong()).isEqualTo(5);
		assertThat(leader.get("total").get("onTime").asLong()).isEqualTo(3);
		// Weeks Monday to Sunday: received and decided.
		List<String> weeks = new ArrayList<>();
		leader.get("weeks")
			.forEach((week) -> weeks.add(week.get("weekOf").asString() + ":" + week.get("received").asLong() + "/"
					+ week.get("decided").asLong()));
		assertThat(weeks).containsExactly("2020-03-02:4/1", "2020-03-09:2/0", "2020-03-16:0/2", "2020-03-23:0/2");

		// The head of the approval office reads the items it answers for, only.
		JsonNode head = this.api.get("/api/dashboard?from=" + FROM + "&to=" + TO, "jl-approval-head", 200);
		assertThat(head.get("division").asString()).isEqualTo("jl.approval-office");
		assertThat(byItem(head)).containsKey("lab-animal-use").doesNotContainKey("outbound-training");
		assertThat(head.get("total").get("received").asLong()).isEqualTo(5);
	}

	/**
	 * A decision records the working days from acceptance once, for the averages; a later
	 * conclusion does not move it.
	 */
	@Test
	void aDecisionRecordsItsWorkingDays() {
		long id = this.applications.submittedUseLicence();
		this.taskHelper.complete("jl-approval", id, "intake", "accept", "材料齐全,予以受理", Map.of());
		LocalDate accepted = LocalDate.now(this.clock);
		try {
			this.mutableClock.advance(java.time.Duration.ofDays(9));
			LocalDate decided = LocalDate.now(this.clock);
			this.taskHelper.complete("jl-approval", id, "review", "propose", "设施条件不符合要求",
					Map.of("proposal", "refuse", "refusalReasons", "屏障环境不达标"));
			this.taskHelper.complete("jl-approval-head", id, "signOff", "approve", "同意", Map.of());
			int expected = this.calendar.workingDaysBetween(accepted, decided);
			assertThat(expected).isGreaterThanOrEqualTo(5);
			assertThat(this.jdbc.queryForObject("SELECT decision_working_days FROM apl_case WHERE id = ?",
					Integer.class, id))
				.isEqualTo(expected);
			assertThat(this.jdbc.queryForObject("SELECT decided_on FROM apl_case WHERE id = ?", LocalDate.class, id))
				.isEqualTo(decided);
		}
		finally {
			this.mutableClock.reset();
		}
	}

	@Test
	void openWorkPerHolderWithOverdueAndNearDueTasks() throws Exception {
		long id = insert("lab-animal-use", "2020-03-10", null, "2020-04-08", null, "ACCEPTED", null, false, 0);
		LocalDate today = LocalDate.now(this.clock);
		String late = task(id, "dash-holder", LocalDate.of(2020, 1, 2));
		String soon = task(id, "dash-holder", this.calendar.addWorkingDays(today, 1).date());
		JsonNode head = this.api.get("/api/dashboard", "jl-approval-head", 200);
		JsonNode holder = null;
		for (JsonNode load : head.get("workload")) {
			if ("dash-holder".equals(load.get("assignee").asString(""))) {
				holder = load;
			}
		}
		assertThat(holder).isNotNull();
		assertThat(holder.get("open").asLong()).isEqualTo(2);
		assertThat(holder.get("overdue").asLong()).isEqualTo(1);
		assertThat(ids(head.get("overdue"))).contains(late).doesNotContain(soon);
		assertThat(ids(head.get("nearDue"))).contains(soon).doesNotContain(late);
	}

	@Test
	void theWorkbookHasTheSameFigures() throws Exception {
		decided("lab-animal-use", "2020-03-02", "2020-03-20", "2020-03-30", "GRANTED", 14, false, 0);
		decided("lab-animal-use", "2020-03-03", "2020-03-27", "2020-03-25", "REFUSED", 18, false, 0);
		HttpResponse<byte[]> response = this.http.send(HttpRequest
			.newBuilder(URI.create(BrowserSupport.base(this.port) + "/api/dashboard.xlsx?from=" + FROM + "&to=" + TO
					+ "&division=jl.approval-office"))
			.header("Authorization", BrowserSupport.basic("jl-leader"))
			.header("Accept-Language", "zh-CN")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse(""))
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		XlsxContent workbook = XlsxContent.read(response.body());
		assertThat(workbook.sheetNames()).containsExactly("事项统计", "每周趋势", "人员在办", "已逾期", "即将到期");
		List<List<String>> rows = workbook.sheet(0);
		assertThat(rows.get(0).get(0)).isEqualTo("事项");
		List<String> total = rows.get(rows.size() - 1);
		assertThat(total.get(0)).isEqualTo("合计");
		assertThat(Double.parseDouble(total.get(3))).isEqualTo(2);
		assertThat(Double.parseDouble(total.get(4))).isEqualTo(1);
		assertThat(Double.parseDouble(total.get(6))).isCloseTo(16.0, within(1e-9));
	}

	@Test
	void onlyHeadsLeadersAndAdminsReadTheirOwnFigures() throws Exception {
		this.api.get("/api/dashboard", "jl-approval", 403);
		this.api.get("/api/dashboard", "applicant", 403);
		this.api.get("/api/dashboard?division=jl.international", "jl-approval-head", 403);
		this.api.get("/api/dashboard?department=liaoning", "jl-approval-head", 403);
		this.api.get("/api/dashboard?department=liaoning", "jl-leader", 403);
		assertThat(
				this.api.get("/api/dashboard?division=jl.international", "jl-leader", 200).get("division").asString())
			.isEqualTo("jl.international");
		assertThat(this.api.get("/api/dashboard?department=liaoning", "admin", 200).get("department").asString())
			.isEqualTo("liaoning");
		assertThat(this.api.get("/api/dashboard?division=ln.office", "jl-leader", 400).get("field").asString())
			.isEqualTo("division");
		assertThat(
				this.api.get("/api/dashboard?from=2026-12-10&to=2026-12-01", "jl-leader", 400).get("field").asString())
			.isEqualTo("to");
		assertThat(
				this.api.get("/api/dashboard?from=2010-01-01&to=2026-12-01", "jl-leader", 400).get("field").asString())
			.isEqualTo("from");
		this.api.get("/api/dashboard.xlsx", "jl-approval", 403);
	}

	private long openLabAnimalUse() {
		Long open = this.jdbc.queryForObject("SELECT COUNT(*) FROM apl_case WHERE department_code = 'jilin'"
				+ " AND item_code = 'lab-animal-use' AND status IN ('SUBMITTED', 'CORRECTION_REQUESTED', 'ACCEPTED')",
				Long.class);
		return (open != null) ? open : 0;
	}

	private long decided(String item, String received, String decided, String deadline, String status,
			Integer workingDays, boolean extended, int suspendedDays) {
		return insert(item, received, decided, deadline, null, status, workingDays, extended, suspendedDays);
	}

	private long insert(String item, String received, String decided, String deadline, String intakeDeadline,
			String status, Integer workingDays, boolean extended, int suspendedDays) {
		Timestamp now = Timestamp.from(Instant.now());
		Committed.update(this.jdbc, "INSERT INTO apl_case (department_code, item_code, process_key, applicant_username,"
				+ " applicant_name, status, submitted_at, received_on, first_received_on, intake_deadline, accepted_on,"
				+ " clock_state,"
				+ " deadline, extended, suspended_days, correction_rounds, overdue, reminded, decided_on,"
				+ " decision_working_days, created_at, updated_at, version)"
				+ " VALUES ('jilin', ?, ?, 'applicant', '看板测试单位', ?, ?, ?, ?, ?, ?, 'STOPPED', ?, ?, ?, 0, FALSE,"
				+ " FALSE, ?, ?, ?, ?, 0)", item, item.equals("outbound-training") ? "outbound-training" : "licensing",
				status, Timestamp.valueOf(LocalDate.parse(received).atTime(10, 0)), Date.valueOf(received),
				Date.valueOf(received), (intakeDeadline != null) ? Date.valueOf(intakeDeadline) : null,
				Date.valueOf(received), (deadline != null) ? Date.valueOf(deadline) : null, extended, suspendedDays,
				(decided != null) ? Date.valueOf(decided) : null, workingDays, now, now);
		Long id = this.jdbc.queryForObject("SELECT MAX(id) FROM apl_case WHERE applicant_name = '看板测试单位'", Long.class);
		this.cases.add(id);
		return id;
	}

	private String task(long caseId, String assignee, LocalDate due) {
		String id = "dash-" + System.nanoTime();
		Committed.update(this.jdbc,
				"INSERT INTO inbox_task (task_id, case_id, reference_no, process_key, item_code,"
						+ " department_code, division_code, required_role, assignee, step, step_name, applicant_name,"
						+ " created_at, due_date, overdue) VALUES (?, ?, NULL, 'licensing', 'lab-animal-use', 'jilin',"
						+ " 'jl.approval-office', NULL, ?, 'review', '审查', '看板测试单位', ?, ?, FALSE)",
				id, caseId, assignee, Timestamp.from(Instant.now()), Date.valueOf(due));
		this.tasks.add(id);
		return id;
	}

	private static Map<String, JsonNode> byItem(JsonNode dashboard) {
		Map<String, JsonNode> items = new java.util.LinkedHashMap<>();
		dashboard.get("items").forEach((item) -> items.put(item.get("item").asString(), item));
		return items;
	}

	private static List<String> ids(JsonNode tasks) {
		List<String> ids = new ArrayList<>();
		tasks.forEach((task) -> ids.add(task.get("id").asString()));
		return ids;
	}

}
