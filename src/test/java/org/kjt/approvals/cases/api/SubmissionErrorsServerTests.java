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

}
