package org.kjt.approvals.outboundtraining.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApiClient;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.BrowserSupport;
import org.kjt.approvals.support.Multipart;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.TestFiles;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An official trip through the API on the real server: a trip beyond the temporary-trip
 * limits is a 400 naming the field, the draft stays a draft; within them the unit
 * submits, the foreign-expert division reviews and its head signs, and other staff get
 * nothing.
 */
@ApprovalsTest
class OfficialTripApiServerTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	ApiClient api;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
		this.clock.setDate(LocalDate.of(2026, 11, 2));
	}

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Test
	void aTripBeyondTheLimitsIsRefusedAndOneWithinIsReviewedAndSigned() throws Exception {
		String fields = "{\"projectName\":\"赴日本开展材料科学合作交流\",\"tripPurpose\":\"联合研究项目中期检查\","
				+ "\"hostInstitution\":\"东北大学金属材料研究所\",\"invitation\":\"2026-10-15 邀请函\","
				+ "\"itinerary\":\"JPN:2026-12-07:2026-12-12\","
				+ "\"participants\":\"张三|研究员|省科学院|45;李四|副研究员|省科学院|38\","
				+ "\"fundingSource\":\"项目经费\",\"budgetCny\":\"40000\"}";
		String form = "{\"department\":\"liaoning\",\"item\":\"official-trip\",\"form\":" + fields + "}";
		long id = this.api.post("/api/cases", "applicant2", form, 201).get("id").asLong();
		for (String material : new String[] { "invitation", "schedule", "budget" }) {
			assertThat(this.api
				.raw("POST", "/api/cases/" + id + "/materials", "applicant2", "application/json",
						Multipart.material(material, material + ".pdf", TestFiles.PDF), Multipart.CONTENT_TYPE)
				.statusCode()).isEqualTo(201);
		}
		// Six days in one country: over the limit of five.
		JsonNode refused = this.api.post("/api/cases/" + id + "/submit", "applicant2", null, 400);
		assertThat(refused.get("field").asString()).isEqualTo("itinerary");
		assertThat(refused.get("code").asString()).isEqualTo("outbound.error.tripLimits1");
		assertThat(refused.get("error").asString()).contains("在外 6 天", "不得超过 5 天");
		assertThat(this.api.get("/api/cases/" + id, "applicant2", 200).get("status").asString()).isEqualTo("DRAFT");
		// In English for an English reader, the limit too.
		HttpResponse<String> english = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(BrowserSupport.base(this.port) + "/api/cases/" + id + "/submit"))
				.header("Authorization", BrowserSupport.basic("applicant2"))
				.header("Accept-Language", "en")
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(english.body().getBytes(StandardCharsets.UTF_8)).get("error").asString())
			.contains("Beyond the limits", "6 days abroad", "at most 5")
			.doesNotContain("天");

		this.api.send("PUT", "/api/cases/" + id + "/form", "applicant2", fields.replace("2026-12-12", "2026-12-11"),
				200);
		String reference = this.api.post("/api/cases/" + id + "/submit", "applicant2", null, 200)
			.get("referenceNo")
			.asString();
		assertThat(this.api.get("/api/tasks?queue=group&reference=" + reference, "ln-approval", 200).get("content"))
			.isEmpty();
		String review = task("ln-expert", reference, "review");
		this.api.post("/api/tasks/" + review + "/claim", "ln-expert", null, 200);
		this.api.post("/api/tasks/" + review + "/complete", "ln-expert",
				"{\"outcome\":\"propose\",\"opinion\":\"同意\",\"fields\":{\"reviewOpinion\":\"maybe\"}}", 400);
		this.api.post("/api/tasks/" + review + "/complete", "ln-expert",
				"{\"outcome\":\"propose\",\"opinion\":\"同意\",\"fields\":{\"reviewOpinion\":\"agree\"}}", 204);
		String signOff = task("ln-expert-head", reference, "signOff");
		this.api.post("/api/tasks/" + signOff + "/claim", "ln-approval", null, 403);
		this.api.post("/api/tasks/" + signOff + "/claim", "ln-expert-head", null, 200);
		this.api.post("/api/tasks/" + signOff + "/complete", "ln-expert-head",
				"{\"outcome\":\"approve\",\"opinion\":\"同意\",\"fields\":{}}", 204);
		JsonNode agreed = this.api.get("/api/cases/" + id, "applicant2", 200);
		assertThat(agreed.get("status").asString()).isEqualTo("AGREED");
		assertThat(agreed.get("step").asString()).isEqualTo("publicity");
		this.api.get("/api/cases/" + id, "applicant", 404);
	}

	private String task(String user, String reference, String step) {
		JsonNode queue = this.api.get("/api/tasks?queue=group&reference=" + reference + "&step=" + step, user, 200);
		assertThat(queue.get("content")).as("%s in the queue of %s", step, user).isNotEmpty();
		return queue.get("content").get(0).get("id").asString();
	}

}
