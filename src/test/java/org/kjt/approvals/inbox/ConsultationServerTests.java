package org.kjt.approvals.inbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.BrowserSupport;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: the reviewer asks another division of the department for a written
 * opinion; that division finds the request in its queue, due in the working days asked,
 * and answers; the answer is in the approval trail, the reviewer kept the review and the
 * statutory clock did not move. Requests the rules do not allow are refused.
 */
@ApprovalsTest
class ConsultationServerTests {

	static final byte[] PDF = "%PDF-1.4\n% consultation\n".getBytes(StandardCharsets.US_ASCII);

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	@Autowired
	CaseQueries queries;

	@Autowired
	Users users;

	@Autowired
	Tasks tasks;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	java.time.Clock clock;

	@Test
	void anotherDivisionAnswersAndTheAnswerIsInTheTrail() throws Exception {
		long id = submitted();
		this.tasks.complete("jl-approval", id, "intake", "accept", "材料齐全,予以受理", Map.of());
		String review = this.tasks.claim("jl-approval", id, "review");
		LocalDate deadline = this.users.as("jl-approval", () -> this.queries.get(id)).clock().deadline();

		// What the rules refuse: one's own division, another department's, a due date out
		// of range, a colleague who does not hold the task, an applicant.
		assertThat(post("/api/tasks/" + review + "/consultations", "jl-approval",
				"{\"division\":\"jl.approval-office\",\"question\":\"?\"}", 400)
			.get("field")
			.asString()).isEqualTo("division");
		assertThat(post("/api/tasks/" + review + "/consultations", "jl-approval",
				"{\"division\":\"ln.office\",\"question\":\"?\"}", 400)
			.get("field")
			.asString()).isEqualTo("division");
		assertThat(post("/api/tasks/" + review + "/consultations", "jl-approval",
				"{\"division\":\"jl.international\",\"question\":\"?\",\"dueWorkingDays\":0}", 400)
			.get("field")
			.asString()).isEqualTo("dueWorkingDays");
		assertThat(post("/api/tasks/" + review + "/consultations", "jl-approval",
				"{\"division\":\"jl.international\",\"question\":\"  \"}", 400)
			.get("field")
			.asString()).isEqualTo("question");
		post("/api/tasks/" + review + "/consultations", "jl-approval2",
				"{\"division\":\"jl.international\",\"question\":\"?\"}", 403);
		post("/api/tasks/" + review + "/consultations", "applicant",
				"{\"division\":\"jl.international\",\"question\":\"?\"}", 403);

		JsonNode asked = post("/api/tasks/" + review + "/consultations", "jl-approval",
				"{\"division\":\"jl.international\",\"question\":\"申请单位的国际合作项目是否已在贵处备案?\",\"dueWorkingDays\":3}", 201);
		String consultation = asked.get("id").asString();
		assertThat(asked.get("step").asString()).isEqualTo("consultation");
		assertThat(asked.get("division").asString()).isEqualTo("jl.international");
		assertThat(LocalDate.parse(asked.get("due").asString()))
			.isEqualTo(this.calendar.addWorkingDays(LocalDate.now(this.clock), 3).date());

		// In the consulted division's queue; the reviewer still holds the review.
		assertThat(BrowserSupport.taskId(BrowserSupport.base(this.port), "jl-intl", "group", id, "consultation"))
			.isEqualTo(consultation);
		assertThat(BrowserSupport.taskId(BrowserSupport.base(this.port), "jl-approval", "mine", id, "review"))
			.isEqualTo(review);
		// A consultation does not consult in turn; a wrong outcome is refused.
		post("/api/tasks/" + consultation + "/claim", "jl-intl", "", 200);
		assertThat(post("/api/tasks/" + consultation + "/consultations", "jl-intl",
				"{\"division\":\"jl.approval-office\",\"question\":\"?\"}", 400)
			.get("code")
			.asString()).isEqualTo("consultation.error.nested");
		assertThat(post("/api/tasks/" + consultation + "/complete", "jl-intl",
				"{\"outcome\":\"approve\",\"opinion\":\"同意\"}", 400)
			.get("field")
			.asString()).isEqualTo("outcome");
		post("/api/tasks/" + consultation + "/complete", "jl-intl",
				"{\"outcome\":\"answer\",\"opinion\":\"经核,该项目已于2026年备案,无异议。\"}", 204);

		CaseView view = this.users.as("jl-approval", () -> this.queries.get(id));
		assertThat(view.history()).anySatisfy((entry) -> {
			assertThat(entry.type()).isEqualTo("CONSULTATION_REQUESTED");
			assertThat(entry.actor()).isEqualTo("jl-approval");
			assertThat(entry.detail()).isEqualTo("申请单位的国际合作项目是否已在贵处备案?");
			assertThat(entry.fields()).containsEntry("division", "国际合作处");
		});
		assertThat(view.history()).anySatisfy((entry) -> {
			assertThat(entry.type()).isEqualTo("TASK_COMPLETED");
			assertThat(entry.step()).isEqualTo("consultation");
			assertThat(entry.actor()).isEqualTo("jl-intl");
			assertThat(entry.detail()).isEqualTo("经核,该项目已于2026年备案,无异议。");
			assertThat(entry.fields()).containsEntry("question", "申请单位的国际合作项目是否已在贵处备案?");
		});
		// The answer left the queue; the review and the clock stayed as they were.
		assertThat(this.tasks.groupQueue("jl-intl", id)).isEmpty();
		assertThat(view.step()).isEqualTo("review");
		assertThat(view.clock().deadline()).isEqualTo(deadline);
		// The applicant does not see the internal exchange's opinions.
		CaseView applicantView = this.users.as("applicant", () -> this.queries.get(id));
		assertThat(applicantView.history()).allSatisfy((entry) -> assertThat(entry.fields()).isEmpty());
	}

	/**
	 * A case that closes (here: withdrawn) takes its open consultations out of the
	 * queues.
	 */
	@Test
	void aClosedCaseLeavesNoConsultationBehind() throws Exception {
		long id = submitted();
		this.tasks.complete("jl-approval", id, "intake", "accept", "材料齐全,予以受理", Map.of());
		String review = this.tasks.claim("jl-approval", id, "review");
		post("/api/tasks/" + review + "/consultations", "jl-approval",
				"{\"division\":\"jl.international\",\"question\":\"是否存在在办的涉外项目?\"}", 201);
		assertThat(this.tasks.groupQueue("jl-intl", id)).hasSize(1);
		this.users.run("applicant", () -> this.cases.withdraw(id, "项目调整,撤回申请"));
		assertThat(this.tasks.groupQueue("jl-intl", id)).isEmpty();
	}

	private long submitted() {
		return this.users.as("applicant", () -> {
			long id = this.cases
				.create("jilin", "lab-animal-use",
						Map.of("scope", "SPF级大鼠动物实验", "facilityAddress", "示例路3号", "legalRepresentative", "王五"))
				.id();
			for (String material : List.of("application-form", "legal-status", "facility-test-report", "ethics-review",
					"staff-training", "procedures")) {
				this.cases.upload(id, material, material + ".pdf", PDF);
			}
			this.cases.submit(id);
			return id;
		});
	}

	private JsonNode post(String path, String user, String body, int status) throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(BrowserSupport.base(this.port) + path))
				.header("Authorization", BrowserSupport.basic(user))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(status);
		return response.body().isBlank() ? this.json.createObjectNode() : this.json.readTree(response.body());
	}

}
