package org.kjt.approvals.inbox;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.support.ApiClient;
import org.kjt.approvals.support.Applications;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.BrowserSupport;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;
import tools.jackson.databind.JsonNode;

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

	@LocalServerPort
	int port;

	@Autowired
	Applications applications;

	ApiClient api;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

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
		long id = this.applications.submittedUseLicence();
		this.tasks.complete("jl-approval", id, "intake", "accept", "材料齐全,予以受理", Map.of());
		String review = this.tasks.claim("jl-approval", id, "review");
		LocalDate deadline = this.users.as("jl-approval", () -> this.queries.get(id)).clock().deadline();

		// What the rules refuse: one's own division, another department's, a due date out
		// of range, a colleague who does not hold the task, an applicant.
		assertThat(this.api
			.post("/api/tasks/" + review + "/consultations", "jl-approval",
					"{\"division\":\"jl.approval-office\",\"question\":\"?\"}", 400)
			.get("field")
			.asString()).isEqualTo("division");
		assertThat(this.api
			.post("/api/tasks/" + review + "/consultations", "jl-approval",
					"{\"division\":\"ln.office\",\"question\":\"?\"}", 400)
			.get("field")
			.asString()).isEqualTo("division");
		assertThat(this.api
			.post("/api/tasks/" + review + "/consultations", "jl-approval",
					"{\"division\":\"jl.international\",\"question\":\"?\",\"dueWorkingDays\":0}", 400)
			.get("field")
			.asString()).isEqualTo("dueWorkingDays");
		assertThat(this.api
			.post("/api/tasks/" + review + "/consultations", "jl-approval",
					"{\"division\":\"jl.international\",\"question\":\"  \"}", 400)
			.get("field")
			.asString()).isEqualTo("question");
		this.api.post("/api/tasks/" + review + "/consultations", "jl-approval2",
				"{\"division\":\"jl.international\",\"question\":\"?\"}", 403);
		this.api.post("/api/tasks/" + review + "/consultations", "applicant",
				"{\"division\":\"jl.international\",\"question\":\"?\"}", 403);

		JsonNode asked = this.api.post("/api/tasks/" + review + "/consultations", "jl-approval",
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
		this.api.post("/api/tasks/" + consultation + "/claim", "jl-intl", "", 200);
		assertThat(this.api
			.post("/api/tasks/" + consultation + "/consultations", "jl-intl",
					"{\"division\":\"jl.approval-office\",\"question\":\"?\"}", 400)
			.get("code")
			.asString()).isEqualTo("consultation.error.nested");
		assertThat(this.api
			.post("/api/tasks/" + consultation + "/complete", "jl-intl", "{\"outcome\":\"approve\",\"opinion\":\"同意\"}",
					400)
			.get("field")
			.asString()).isEqualTo("outcome");
		this.api.post("/api/tasks/" + consultation + "/complete", "jl-intl",
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
		assertThat(applicantView.history()).allSatisfy((entry) -> {
			assertThat(entry.fields()).isEmpty();
			assertThat(String.valueOf(entry.detail())).doesNotContain("国际合作项目", "无异议");
		});
	}

	/**
	 * A case that closes (here: withdrawn) takes its open consultations out of the
	 * queues.
	 */
	@Test
	void aClosedCaseLeavesNoConsultationBehind() throws Exception {
		long id = this.applications.submittedUseLicence();
		this.tasks.complete("jl-approval", id, "intake", "accept", "材料齐全,予以受理", Map.of());
		String review = this.tasks.claim("jl-approval", id, "review");
		this.api.post("/api/tasks/" + review + "/consultations", "jl-approval",
				"{\"division\":\"jl.international\",\"question\":\"是否存在在办的涉外项目?\"}", 201);
		assertThat(this.tasks.groupQueue("jl-intl", id)).hasSize(1);
		this.users.run("applicant", () -> this.cases.withdraw(id, "项目调整,撤回申请"));
		assertThat(this.tasks.groupQueue("jl-intl", id)).isEmpty();
	}

}
