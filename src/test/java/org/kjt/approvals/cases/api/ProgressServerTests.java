package org.kjt.approvals.cases.api;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApiClient;
import org.kjt.approvals.support.Applications;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.Committed;
import org.kjt.approvals.support.Multipart;
import org.kjt.approvals.support.TestFiles;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: the submit answer and the receipt carry the query code, and with it (or
 * the applicant's credit code) anyone follows the case without logging in; a wrong pair
 * reveals nothing, and guessing is cut off.
 */
@ApprovalsTest
class ProgressServerTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Applications applications;

	ApiClient api;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	@AfterEach
	void forgetLookups() {
		Committed.update(this.jdbc, "DELETE FROM app_attempt WHERE kind = 'progress'");
	}

	@Test
	void theReceiptsCodeShowsProgressWithoutLoggingIn() {
		long id = this.api
			.post("/api/cases", "applicant",
					"{\"department\":\"jilin\",\"item\":\"lab-animal-use\",\"form\":{\"scope\":\"SPF级大鼠\","
							+ "\"facilityAddress\":\"示例路3号\",\"legalRepresentative\":\"王五\"}}",
					201)
			.get("id")
			.asLong();
		for (String material : Applications.USE_MATERIALS) {
			HttpResponse<byte[]> uploaded = this.api.raw("POST", "/api/cases/" + id + "/materials", "applicant",
					"application/json", Multipart.material(material, material + ".pdf", TestFiles.PDF),
					Multipart.CONTENT_TYPE);
			assertThat(uploaded.statusCode()).isEqualTo(201);
		}
		assertThat(this.api.get("/api/cases/" + id, "applicant", 200).get("queryCode").isNull()).isTrue();
		JsonNode submitted = this.api.post("/api/cases/" + id + "/submit", "applicant", null, 200);
		String code = submitted.get("queryCode").asString();
		String reference = submitted.get("referenceNo").asString();
		assertThat(code).matches("[A-HJKMNP-Z2-9]{8}");
		assertThat(this.api.get("/api/cases/" + id, "applicant", 200).get("queryCode").asString()).isEqualTo(code);

		JsonNode progress = ApiClient.json(this.api
			.raw("GET", "/api/progress?reference=" + reference + "&code=" + code, null, "application/json", null, null)
			.body());
		assertThat(progress.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(progress.get("itemName").asString()).isEqualTo("实验动物使用许可证核发");
		assertThat(progress.get("deadline").asString()).isNotBlank();
		assertThat(progress.get("steps").get(0).get("step").asString()).isEqualTo("intake");
		assertThat(progress.get("steps").get(0).get("current").asBoolean()).isTrue();
		// No personal data, no opinions.
		assertThat(progress.toString()).doesNotContain("长春示例", "applicant", "王五", "示例路");

		// Anonymous, typed as people type it; the credit code works too.
		HttpResponse<byte[]> anonymous = this.api.raw("GET",
				"/api/progress?reference=" + reference.toLowerCase() + "&code=" + code.toLowerCase(), null,
				"application/json", null, null);
		assertThat(anonymous.statusCode()).isEqualTo(200);
		assertThat(this.api
			.raw("GET", "/api/progress?reference=" + reference + "&code=91220101MA17XK4Y31", null, "application/json",
					null, null)
			.statusCode()).isEqualTo(200);

		// The receipt: for the applicant, not for another applicant.
		HttpResponse<byte[]> receipt = this.api.raw("GET", "/api/cases/" + id + "/receipt", "applicant", "text/html",
				null, null);
		assertThat(receipt.statusCode()).isEqualTo(200);
		assertThat(new String(receipt.body(), StandardCharsets.UTF_8)).contains("收件回执", reference, code, "查询码",
				"实验动物使用许可证申请书", "application-form.pdf");
		assertThat(this.api.raw("GET", "/api/cases/" + id + "/receipt", "applicant2", "text/html", null, null)
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aWrongPairRevealsNothingAndGuessingIsCutOff() {
		long id = this.applications.submittedUseLicence();
		String reference = this.api.get("/api/cases/" + id, "applicant", 200).get("referenceNo").asString();
		HttpResponse<byte[]> wrongCode = this.api.raw("GET", "/api/progress?reference=" + reference + "&code=ABCDEFGH",
				null, "application/json", null, null);
		HttpResponse<byte[]> noSuchCase = this.api.raw("GET", "/api/progress?reference=JL-1999-000001&code=ABCDEFGH",
				null, "application/json", null, null);
		assertThat(wrongCode.statusCode()).isEqualTo(404);
		assertThat(noSuchCase.statusCode()).isEqualTo(404);
		// Alike, so a reference number cannot be probed.
		assertThat(ApiClient.json(wrongCode.body()).get("code").asString()).isEqualTo("progress.error.notFound");
		assertThat(ApiClient.json(wrongCode.body()).get("error"))
			.isEqualTo(ApiClient.json(noSuchCase.body()).get("error"));
		assertThat(this.api.raw("GET", "/api/progress?reference=" + reference, null, "application/json", null, null)
			.statusCode()).isEqualTo(400);
		int failures = 2;
		while (failures < 30) {
			assertThat(this.api
				.raw("GET", "/api/progress?reference=" + reference + "&code=WRONG" + failures, null, "application/json",
						null, null)
				.statusCode()).isEqualTo(404);
			failures++;
		}
		HttpResponse<byte[]> cutOff = this.api.raw("GET", "/api/progress?reference=" + reference + "&code=ANYCODE1",
				null, "application/json", null, null);
		assertThat(cutOff.statusCode()).isEqualTo(429);
		assertThat(ApiClient.json(cutOff.body()).get("code").asString()).isEqualTo("progress.error.tooManyLookups");
	}

}
