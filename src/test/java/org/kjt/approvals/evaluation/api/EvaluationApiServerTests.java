package org.kjt.approvals.evaluation.api;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.hightech.HighTechFixtures;
import org.kjt.approvals.support.ApiClient;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.Committed;
import org.kjt.approvals.support.Multipart;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.TestFiles;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP against the running server: a high-tech enterprise recognition from the
 * call to the certificate through the applicant's, the staff's, the experts' and the
 * public's endpoints, and the refusals each gives to whoever it is not for. Calls of this
 * class are in 2028.
 */
@ApprovalsTest
class EvaluationApiServerTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Tasks tasks;

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
		Committed.update(this.jdbc, "DELETE FROM app_attempt WHERE kind = 'objection'");
	}

	@Test
	void fromTheCallToTheCertificateThroughTheApi() {
		LocalDate day = LocalDate.of(2028, 3, 6);
		this.clock.setDate(day.minusDays(3));
		String call = "{\"item\":\"high-tech-enterprise\",\"title\":\"2028年度高新技术企业认定(接口测试批)\","
				+ "\"opensAt\":\"2028-03-05T16:00:00Z\",\"closesAt\":\"2028-03-10T16:00:00Z\"}";
		this.api.post("/api/calls", "ln-approval", call, 403);
		this.api.post("/api/calls", "applicant2", call, 403);
		this.api.post("/api/calls", "expert1", call, 403);
		assertThat(this.api
			.raw("POST", "/api/calls", null, "application/json", call.getBytes(StandardCharsets.UTF_8),
					"application/json")
			.statusCode()).isEqualTo(401);
		this.api.post("/api/calls", "ln-enterprise", "{\"item\":\"high-tech-enterprise\",\"title\":\"缺时间\"}", 400);
		JsonNode opened = this.api.post("/api/calls", "ln-enterprise", call, 201);
		assertThat(opened.get("state").asString()).isEqualTo("COMING");
		JsonNode published = ApiClient
			.json(this.api.raw("GET", "/api/calls?department=liaoning", null, "application/json", null, null).body());
		assertThat(published.findValuesAsString("title")).contains("2028年度高新技术企业认定(接口测试批)");

		// The enterprise applies through the case API.
		String form = "{\"department\":\"liaoning\",\"item\":\"high-tech-enterprise\",\"form\":{"
				+ "\"registeredOn\":\"2020-05-01\",\"techField\":\"ELECTRONIC_INFORMATION\","
				+ "\"finances\":\"2027|4000|220;2026|3500|180;2025|3000|150\",\"highTechRevenue\":\"2600\","
				+ "\"totalIncome\":\"4100\",\"staffCount\":\"120\",\"scienceStaffCount\":\"30\","
				+ "\"ipList\":\"发明专利|ZL202010000009.9|一种传感器\"}}";
		long id = this.api.post("/api/cases", "applicant2", form, 201).get("id").asLong();
		for (String material : HighTechFixtures.MATERIALS) {
			assertThat(this.api
				.raw("POST", "/api/cases/" + id + "/materials", "applicant2", "application/json",
						Multipart.material(material, material + ".pdf", TestFiles.PDF), Multipart.CONTENT_TYPE)
				.statusCode()).isEqualTo(201);
		}
		// The application form uploaded again: the panel reads only the newer one.
		long replacedForm = -1;
		for (JsonNode uploaded : this.api.get("/api/cases/" + id, "applicant2", 200).get("materials")) {
			if ("application-form".equals(uploaded.get("material").asString())) {
				replacedForm = uploaded.get("id").asLong();
			}
		}
		assertThat(replacedForm).isPositive();
		assertThat(this.api
			.raw("POST", "/api/cases/" + id + "/materials", "applicant2", "application/json",
					Multipart.material("application-form", "application-form-v2.pdf", TestFiles.PDF),
					Multipart.CONTENT_TYPE)
			.statusCode()).isEqualTo(201);
		JsonNode early = this.api.post("/api/cases/" + id + "/submit", "applicant2", null, 409);
		assertThat(early.toString()).contains("2028-03-06 00:00", "2028-03-11 00:00");
		this.clock.setDate(day);
		String reference = this.api.post("/api/cases/" + id + "/submit", "applicant2", null, 200)
			.get("referenceNo")
			.asString();

		// Staff take the formal check through the task API.
		String check = task("ln-enterprise", reference, "formalCheck");
		this.api.post("/api/tasks/" + check + "/claim", "ln-enterprise", null, 200);
		this.api.post("/api/tasks/" + check + "/complete", "ln-enterprise",
				"{\"outcome\":\"accept\",\"opinion\":\"材料齐全\",\"fields\":{}}", 204);

		// The experts: each sees their own assignment only, scores on the sheet.
		JsonNode panel = this.api.get("/api/cases/" + id + "/panel", "ln-enterprise", 200);
		assertThat(panel.get("seats")).hasSize(4);
		this.api.get("/api/cases/" + id + "/panel", "ln-approval", 404);
		this.api.get("/api/cases/" + id + "/panel", "applicant2", 404);
		this.api.get("/api/experts", "applicant2", 403);
		this.api.get("/api/experts", "expert1", 403);
		assertThat(this.api.raw("GET", "/api/experts", null, "application/json", null, null).statusCode())
			.isEqualTo(401);
		assertThat(this.api.get("/api/experts", "ln-enterprise", 200).findValuesAsString("username"))
			.contains("expert1", "expert7");
		this.api.get("/api/expert/assignments", "applicant2", 403);
		this.api.get("/api/expert/assignments", "ln-enterprise", 403);
		JsonNode firstSeat = panel.get("seats").get(0);
		JsonNode secondSeat = panel.get("seats").get(1);
		String firstExpert = firstSeat.get("username").asString();
		String secondExpert = secondSeat.get("username").asString();
		JsonNode assignments = this.api.get("/api/expert/assignments", firstExpert, 200);
		assertThat(assignments.get("content").findValuesAsString("referenceNo")).contains(reference);
		JsonNode assignment = this.api.get("/api/expert/assignments/" + firstSeat.get("id").asLong(), firstExpert, 200);
		assertThat(assignment.get("application").get("finances").asString()).startsWith("2027|4000");
		assertThat(assignment.get("criteria").findValuesAsString("code")).containsExactly("ip", "transfer",
				"rdOrganisation", "growth");
		this.api.get("/api/expert/assignments/" + firstSeat.get("id").asLong(), secondExpert, 404);
		// The expert reads the uploaded materials of their own assignment, nobody else's.
		String seatMaterials = "/api/expert/assignments/" + firstSeat.get("id").asLong() + "/materials";
		JsonNode materials = this.api.get(seatMaterials, firstExpert, 200);
		assertThat(materials.findValuesAsString("material"))
			.containsExactlyInAnyOrderElementsOf(HighTechFixtures.MATERIALS);
		long materialId = materials.get(0).get("id").asLong();
		HttpResponse<byte[]> file = this.api.raw("GET", seatMaterials + "/" + materialId, firstExpert, "*/*", null,
				null);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(TestFiles.PDF);
		this.api.get(seatMaterials, secondExpert, 404);
		assertThat(this.api.raw("GET", seatMaterials + "/" + materialId, secondExpert, "*/*", null, null).statusCode())
			.isEqualTo(404);
		this.api.get(seatMaterials, "applicant2", 403);
		assertThat(materials.findValuesAsString("fileName")).contains("application-form-v2.pdf")
			.doesNotContain("application-form.pdf");
		assertThat(materials.findValuesAsString("id")).doesNotContain(String.valueOf(replacedForm));
		// Neither route opens the replaced version to the expert; the case route opens
		// the
		// newer ones.
		assertThat(
				this.api.raw("GET", "/api/cases/" + id + "/materials/" + replacedForm, firstExpert, "*/*", null, null)
					.statusCode())
			.isEqualTo(404);
		assertThat(this.api.raw("GET", seatMaterials + "/" + replacedForm, firstExpert, "*/*", null, null).statusCode())
			.isEqualTo(404);
		assertThat(this.api.raw("GET", "/api/cases/" + id + "/materials/" + materialId, firstExpert, "*/*", null, null)
			.statusCode()).isEqualTo(200);
		// Through the case API an expert reads no more than the materials either.
		this.api.get("/api/cases/" + id, firstExpert, 404);
		this.api.post("/api/expert/assignments/" + firstSeat.get("id").asLong() + "/scores", firstExpert,
				"{\"scores\":{\"ip\":25,\"transfer\":25,\"rdOrganisation\":15,\"growth\":15,\"extra\":5},\"comment\":\"好\"}",
				400);
		this.api.post("/api/expert/assignments/" + firstSeat.get("id").asLong() + "/scores", firstExpert,
				"{\"scores\":{\"ip\":\"many\"},\"comment\":\"好\"}", 400);
		this.api.post("/api/expert/assignments/" + firstSeat.get("id").asLong() + "/conflict", firstExpert,
				"{\"reason\":\"曾为该企业顾问\"}", 200);
		// Once they have left the panel, its materials are closed to them.
		this.api.get(seatMaterials, firstExpert, 404);
		assertThat(this.api.raw("GET", "/api/cases/" + id + "/materials/" + materialId, firstExpert, "*/*", null, null)
			.statusCode()).isEqualTo(404);
		JsonNode replaced = this.api.get("/api/cases/" + id + "/panel", "ln-enterprise", 200);
		assertThat(replaced.get("seats")).hasSize(5);
		for (JsonNode seat : replaced.get("seats")) {
			if ("ASSIGNED".equals(seat.get("state").asString())) {
				JsonNode scored = this.api.post("/api/expert/assignments/" + seat.get("id").asLong() + "/scores",
						seat.get("username").asString(),
						"{\"scores\":{\"ip\":25,\"transfer\":25,\"rdOrganisation\":15,\"growth\":15},\"comment\":\"同意\"}",
						200);
				assertThat(scored.get("total").asInt()).isEqualTo(80);
			}
		}
		assertThat(this.api.get("/api/cases/" + id + "/panel", "ln-enterprise", 200).get("score").asDouble())
			.isEqualTo(80.0);

		String proposal = task("ln-enterprise", reference, "proposal");
		this.api.post("/api/tasks/" + proposal + "/claim", "ln-enterprise", null, 200);
		this.api.post("/api/tasks/" + proposal + "/complete", "ln-enterprise",
				"{\"outcome\":\"propose\",\"opinion\":\"拟认定\",\"fields\":{}}", 204);

		// The public sees the notice and objects without logging in.
		this.clock.setDate(LocalDate.of(2028, 3, 7));
		JsonNode notices = ApiClient
			.json(this.api.raw("GET", "/api/notices/public?department=liaoning", null, "application/json", null, null)
				.body());
		JsonNode notice = null;
		for (JsonNode running : notices.get("content")) {
			if (running.get("endsOn").asString().equals("2028-03-20")) {
				notice = running;
			}
		}
		assertThat(notice).isNotNull();
		long noticeId = notice.get("id").asLong();
		HttpResponse<byte[]> nameless = this.api.raw("POST", "/api/notices/public/" + noticeId + "/objections", null,
				"application/json",
				"{\"name\":\"\",\"contact\":\"1\",\"reason\":\"无理由\"}".getBytes(StandardCharsets.UTF_8),
				"application/json");
		assertThat(nameless.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(nameless.body()).get("field").asString()).isEqualTo("name");
		HttpResponse<byte[]> objected = this.api.raw("POST", "/api/notices/public/" + noticeId + "/objections", null,
				"application/json", "{\"name\":\"赵六\",\"contact\":\"13700000000\",\"reason\":\"研发人员数量不实\"}"
					.getBytes(StandardCharsets.UTF_8),
				"application/json");
		assertThat(objected.statusCode()).isEqualTo(201);
		long objection = ApiClient.json(objected.body()).get("id").asLong();
		assertThat(this.api.get("/api/objections", "ln-enterprise", 200).get("content").findValuesAsString("reason"))
			.contains("研发人员数量不实");
		this.api.get("/api/objections", "applicant2", 403);
		this.api.post("/api/objections/" + objection + "/decision", "ln-approval",
				"{\"upheld\":false,\"answer\":\"不成立\"}", 404);
		this.api.post("/api/objections/" + objection + "/decision", "ln-enterprise", "{\"answer\":\"不成立\"}", 400);

		this.clock.setInstant(LocalDateTime.of(2028, 3, 21, 8, 0).atZone(HighTechFixtures.ZONE).toInstant());
		assertThat(this.api
			.raw("POST", "/api/notices/public/" + noticeId + "/objections", null, "application/json",
					"{\"name\":\"迟到\",\"contact\":\"1\",\"reason\":\"晚了\"}".getBytes(StandardCharsets.UTF_8),
					"application/json")
			.statusCode()).isEqualTo(409);
		this.tasks.fireTimer(id, "publicNotice");
		JsonNode handled = this.api.post("/api/objections/" + objection + "/decision", "ln-enterprise",
				"{\"upheld\":false,\"answer\":\"经核实,研发人员名单与社保记录一致\"}", 200);
		assertThat(handled.get("state").asString()).isEqualTo("REJECTED");
		String handling = task("ln-enterprise", reference, "objectionHandling");
		this.api.post("/api/tasks/" + handling + "/claim", "ln-enterprise", null, 200);
		this.api.post("/api/tasks/" + handling + "/complete", "ln-enterprise",
				"{\"outcome\":\"done\",\"opinion\":\"异议不成立\",\"fields\":{}}", 204);
		String decision = task("ln-enterprise-head", reference, "recognitionDecision");
		this.api.post("/api/tasks/" + decision + "/claim", "ln-enterprise-head", null, 200);
		this.api.post("/api/tasks/" + decision + "/complete", "ln-enterprise-head",
				"{\"outcome\":\"recognise\",\"opinion\":\"予以认定\",\"fields\":{}}", 204);

		JsonNode theCase = this.api.get("/api/cases/" + id, "applicant2", 200);
		assertThat(theCase.get("status").asString()).isEqualTo("RECOGNISED");
		// Decided: an expert who scored it reads its materials no more.
		String scoredSeat = null;
		String scoredExpert = null;
		for (JsonNode seat : this.api.get("/api/cases/" + id + "/panel", "ln-enterprise", 200).get("seats")) {
			if ("SCORED".equals(seat.get("state").asString())) {
				scoredSeat = seat.get("id").asString();
				scoredExpert = seat.get("username").asString();
			}
		}
		assertThat(scoredSeat).isNotNull();
		this.api.get("/api/expert/assignments/" + scoredSeat + "/materials", scoredExpert, 404);
		assertThat(this.api.raw("GET", "/api/cases/" + id + "/materials/" + materialId, scoredExpert, "*/*", null, null)
			.statusCode()).isEqualTo(404);
		JsonNode register = ApiClient
			.json(this.api
				.raw("GET", "/api/certificates?department=liaoning&item=high-tech-enterprise", null, "application/json",
						null, null)
				.body());
		// Other tests' certificates are in the register too: this one is the 2028 one.
		String number = register.get("content")
			.findValuesAsString("number")
			.stream()
			.filter((found) -> found.startsWith("GR202821"))
			.findFirst()
			.orElseThrow(() -> new AssertionError(register.toString()));
		assertThat(number).matches("GR202821\\d{6}");
		JsonNode verified = ApiClient
			.json(this.api.raw("GET", "/api/certificates/" + number, null, "application/json", null, null).body());
		assertThat(verified.get("valid").asBoolean()).isTrue();
		assertThat(verified.get("validUntil").asString()).isEqualTo("2031-03-20");
		assertThat(this.api.raw("GET", "/api/certificates/GR000000000000", null, "application/json", null, null)
			.statusCode()).isEqualTo(404);
	}

	private String task(String user, String reference, String step) {
		JsonNode queue = this.api.get("/api/tasks?queue=group&reference=" + reference + "&step=" + step, user, 200);
		assertThat(queue.get("content")).as("%s in the queue of %s", step, user).isNotEmpty();
		return queue.get("content").get(0).get("id").asString();
	}

}
