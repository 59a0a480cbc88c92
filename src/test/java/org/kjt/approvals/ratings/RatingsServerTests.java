package org.kjt.approvals.ratings;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApiClient;
import org.kjt.approvals.support.Applications;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.Tasks;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: a closed case is rated once by its applicant; a poor rating needs a
 * reason and goes to the division head's queue as a follow-up, whose answer the applicant
 * reads; the figures count it; and each refusal holds.
 */
@ApprovalsTest
class RatingsServerTests {

	@LocalServerPort
	int port;

	@Autowired
	Applications applications;

	@Autowired
	Tasks tasks;

	ApiClient api;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void aPoorRatingIsFollowedUpByTheDivisionHead() {
		long open = this.applications.submittedUseLicence();
		assertThat(this.api.post("/api/cases/" + open + "/rating", "applicant", "{\"level\":\"SATISFIED\"}", 409)
			.get("code")
			.asString()).isEqualTo("rating.error.notClosed");

		long id = closed();
		JsonNode missing = this.api.post("/api/cases/" + id + "/rating", "applicant", "{\"level\":\"DISSATISFIED\"}",
				400);
		assertThat(missing.get("field").asString()).isEqualTo("reason");
		assertThat(this.api.post("/api/cases/" + id + "/rating", "applicant", "{\"level\":\"GOOD\"}", 400)
			.get("field")
			.asString()).isEqualTo("level");
		// Another applicant's case is not theirs to rate.
		this.api.post("/api/cases/" + id + "/rating", "applicant2",
				"{\"level\":\"VERY_DISSATISFIED\",\"reason\":\"x\"}", 404);
		this.api.get("/api/cases/" + id + "/rating", "applicant", 404);

		JsonNode rated = this.api.post("/api/cases/" + id + "/rating", "applicant",
				"{\"level\":\"DISSATISFIED\",\"reason\":\"不予受理的理由没有说清楚\"}", 201);
		assertThat(rated.get("level").asString()).isEqualTo("DISSATISFIED");
		assertThat(rated.get("followedUp").asBoolean()).isTrue();
		// Once.
		assertThat(this.api.post("/api/cases/" + id + "/rating", "applicant", "{\"level\":\"SATISFIED\"}", 409)
			.get("code")
			.asString()).isEqualTo("rating.error.alreadyRated");

		// In the head's queue, not for staff to take.
		JsonNode followUp = followUp("jl-approval-head", id);
		assertThat(followUp.get("requiredRole").asString()).isEqualTo("DIVISION_HEAD");
		String taskId = followUp.get("id").asString();
		this.api.post("/api/tasks/" + taskId + "/claim", "jl-approval", null, 403);
		assertThat(this.api.get("/api/tasks/" + taskId, "ln-approval-head", 404).get("code").asString())
			.isEqualTo("task.error.notFound");
		this.api.post("/api/tasks/" + taskId + "/claim", "jl-approval-head", null, 200);
		this.api.post("/api/tasks/" + taskId + "/complete", "jl-approval-head", "{\"outcome\":\"rectified\"}", 400);
		this.api.post("/api/tasks/" + taskId + "/complete", "jl-approval-head",
				"{\"outcome\":\"rectified\",\"opinion\":\"已回访申请人，补发不予受理理由说明；今后决定书逐项写明理由\"}", 204);
		JsonNode answered = this.api.get("/api/cases/" + id + "/rating", "applicant", 200);
		assertThat(answered.get("followUpNote").asString()).contains("已回访申请人");
		assertThat(answered.get("followUpAt").isNull()).isFalse();

		// Counted for the leader, not shown to applicants.
		JsonNode figures = this.api.get("/api/ratings?department=jilin", "jl-leader", 200);
		JsonNode row = null;
		for (JsonNode candidate : figures) {
			if ("lab-animal-use".equals(candidate.get("item").asString())) {
				row = candidate;
			}
		}
		assertThat(row).isNotNull();
		assertThat(row.get("byLevel").get("DISSATISFIED").asInt()).isPositive();
		assertThat(row.get("division").asString()).isEqualTo("jl.approval-office");
		this.api.get("/api/ratings?department=jilin", "applicant", 403);
		this.api.get("/api/ratings?department=jilin", "ln-leader", 403);
	}

	@Test
	void aGoodRatingOpensNoFollowUp() {
		long id = closed();
		JsonNode rated = this.api.post("/api/cases/" + id + "/rating", "applicant", "{\"level\":\"VERY_SATISFIED\"}",
				201);
		assertThat(rated.get("followedUp").asBoolean()).isFalse();
		assertThat(followUpOrNull("jl-approval-head", id)).isNull();
	}

	private long closed() {
		long id = this.applications.submittedUseLicence();
		this.tasks.complete("jl-approval", id, "intake", "reject", "不属于本机关职权范围", Map.of("reason", "不属于本机关职权范围"));
		assertThat(this.api.get("/api/cases/" + id, "applicant", 200).get("status").asString())
			.isEqualTo("NOT_ACCEPTED");
		return id;
	}

	private JsonNode followUp(String head, long caseId) {
		JsonNode found = followUpOrNull(head, caseId);
		assertThat(found).as("follow-up of case " + caseId + " in " + head + "'s queue").isNotNull();
		return found;
	}

	private JsonNode followUpOrNull(String head, long caseId) {
		for (JsonNode task : this.api.get("/api/tasks?queue=group&size=100", head, 200).get("content")) {
			if (task.get("caseId").asLong() == caseId && "ratingFollowUp".equals(task.get("step").asString())) {
				return task;
			}
		}
		return null;
	}

}
