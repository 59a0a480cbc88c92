package org.kjt.approvals.cases.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApiClient;
import org.kjt.approvals.support.ApprovalsTest;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: a submission without its materials is refused naming them as the
 * checklist does, not by their codes, and the draft stays a draft.
 */
@ApprovalsTest
class SubmissionErrorsServerTests {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void missingMaterialsAreNamedNotCoded() {
		JsonNode draft = this.api.post("/api/cases", "applicant",
				"{\"department\":\"jilin\",\"item\":\"lab-animal-use\",\"form\":{\"scope\":\"SPF级大鼠\","
						+ "\"facilityAddress\":\"示例路3号\",\"legalRepresentative\":\"王五\"}}",
				201);
		long id = draft.get("id").asLong();
		JsonNode refused = this.api.post("/api/cases/" + id + "/submit", "applicant", null, 400);
		assertThat(refused.get("field").asString()).isEqualTo("materials");
		assertThat(refused.get("error").asString()).contains("实验动物使用许可证申请书")
			.doesNotContain("application-form", "legal-status");
		assertThat(this.api.get("/api/cases/" + id, "applicant", 200).get("status").asString()).isEqualTo("DRAFT");
	}

	/**
	 * A draft is deleted by its owner with its uploads; a submitted case is not (it is
	 * withdrawn), and another applicant's draft is not found.
	 */
	@Test
	void draftsAreDeletedByTheirOwnerOnly() {
		long id = this.api
			.post("/api/cases", "applicant",
					"{\"department\":\"jilin\",\"item\":\"lab-animal-use\",\"form\":{\"scope\":\"草稿\"}}", 201)
			.get("id")
			.asLong();
		this.api.send("DELETE", "/api/cases/" + id, "applicant2", null, 404);
		this.api.send("DELETE", "/api/cases/" + id, "applicant", null, 204);
		this.api.get("/api/cases/" + id, "applicant", 404);
		long submitted = this.applications.submittedUseLicence();
		assertThat(this.api.send("DELETE", "/api/cases/" + submitted, "applicant", null, 409).get("code").asString())
			.isEqualTo("case.error.wrongStatus");
		this.api.get("/api/cases/" + submitted, "applicant", 200);
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.kjt.approvals.support.Applications applications;

}
