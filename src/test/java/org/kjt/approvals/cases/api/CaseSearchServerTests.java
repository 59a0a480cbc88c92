package org.kjt.approvals.cases.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
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
 * Over real HTTP: staff search their department's cases (by reference number, credit
 * code, words of the applicant's name, item, status and dates) and read a case's process
 * diagram with the path taken; applicants and other departments are refused.
 */
@ApprovalsTest
class CaseSearchServerTests {

	static final byte[] PDF = "%PDF-1.4\n% search test\n".getBytes(StandardCharsets.US_ASCII);

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
	Accounts accounts;

	@Test
	void staffFindTheirDepartmentsCasesByNumberCodeAndName() throws Exception {
		long id = submitted();
		String reference = this.users.as("applicant", () -> this.queries.get(id).referenceNo());
		AppUser applicant = this.accounts.find("applicant").orElseThrow();

		JsonNode byNumber = get("/api/cases/search?q=" + encode(reference), "jl-approval", 200);
		assertThat(byNumber.get("totalElements").asLong()).isEqualTo(1);
		assertThat(byNumber.get("content").get(0).get("id").asLong()).isEqualTo(id);
		assertThat(byNumber.get("content").get(0).get("applicantName").asString())
			.isEqualTo(applicant.organisationName());
		assertThat(byNumber.get("content").get(0).get("status").asString()).isEqualTo("SUBMITTED");
		if (applicant.creditCode() != null) {
			assertThat(ids(get("/api/cases/search?size=100&q=" + encode(applicant.creditCode()), "jl-approval", 200)))
				.contains(id);
		}
		String part = applicant.organisationName().substring(1, 4);
		assertThat(ids(get("/api/cases/search?size=100&item=lab-animal-use&status=SUBMITTED&q=" + encode(part),
				"jl-approval", 200)))
			.contains(id);
		// Filters that exclude it: another status, another item, a date range before it.
		assertThat(ids(get("/api/cases/search?size=100&status=GRANTED&q=" + encode(reference), "jl-approval", 200)))
			.isEmpty();
		assertThat(ids(get("/api/cases/search?item=outbound-training&q=" + encode(reference), "jl-approval", 200)))
			.isEmpty();
		assertThat(
				ids(get("/api/cases/search?from=2020-01-01&to=2020-12-31&q=" + encode(reference), "jl-approval", 200)))
			.isEmpty();
		// A wildcard typed in is a character.
		assertThat(get("/api/cases/search?q=%25", "jl-approval", 200).get("totalElements").asLong()).isZero();
		// Another department's staff do not find it; applicants may not search.
		assertThat(get("/api/cases/search?q=" + encode(reference), "ln-approval", 200).get("totalElements").asLong())
			.isZero();
		assertThat(get("/api/cases/search?q=" + encode(reference), "applicant", 403).get("code").asString())
			.isEqualTo("task.error.staffOnly");
		// A range that ends before it starts is refused, naming the field.
		assertThat(get("/api/cases/search?from=2026-12-10&to=2026-12-01", "jl-approval", 400).get("field").asString())
			.isEqualTo("to");
		assertThat(get("/api/cases/search?status=NOPE", "jl-approval", 400).get("error").asString()).isNotBlank();
	}

	@Test
	void staffReadTheDiagramWithThePathTaken() throws Exception {
		long id = submitted();
		this.tasks.complete("jl-approval", id, "intake", "accept", "材料齐全,予以受理", Map.of());

		JsonNode diagram = get("/api/cases/" + id + "/diagram", "jl-approval", 200);
		assertThat(diagram.get("bpmnXml").asString()).contains("<process id=\"licensing\"")
			.contains("bpmndi:BPMNDiagram");
		assertThat(strings(diagram.get("visited"))).contains("intake").doesNotContain("review", "inspection");
		assertThat(strings(diagram.get("current"))).contains("review").doesNotContain("intake");
		// Sequence flows passed are listed too, for the diagram to draw the path.
		assertThat(strings(diagram.get("visited"))).contains("toIntake");

		get("/api/cases/" + id + "/diagram", "applicant", 403);
		get("/api/cases/" + id + "/diagram", "ln-approval", 404);
	}

	@Test
	void theDoneListFollowsItsFilters() throws Exception {
		long id = submitted();
		this.tasks.complete("jl-approval2", id, "intake", "accept", "材料齐全,予以受理", Map.of());
		List<Long> mine = new ArrayList<>();
		get("/api/tasks/done?size=100&item=lab-animal-use&step=intake", "jl-approval2", 200).get("content")
			.forEach((row) -> mine.add(row.get("caseId").asLong()));
		assertThat(mine).contains(id);
		get("/api/tasks/done?size=100&step=review", "jl-approval2", 200).get("content")
			.forEach((row) -> assertThat(row.get("step").asString()).isEqualTo("review"));
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

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static List<Long> ids(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.get("content").forEach((row) -> ids.add(row.get("id").asLong()));
		return ids;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

	private JsonNode get(String path, String user, int status) throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(BrowserSupport.base(this.port) + path))
				.header("Authorization", BrowserSupport.basic(user))
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(status);
		return this.json.readTree(response.body());
	}

}
