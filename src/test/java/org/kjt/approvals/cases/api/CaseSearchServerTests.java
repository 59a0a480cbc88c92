package org.kjt.approvals.cases.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.support.ApiClient;
import org.kjt.approvals.support.Applications;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.TestFiles;
import org.kjt.approvals.support.Users;
import tools.jackson.databind.JsonNode;

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
	Accounts accounts;

	@Test
	void aDraftIsTheApplicantsOwnUntilSubmitted() {
		long id = this.users.as("applicant",
				() -> this.cases
					.create("jilin", "lab-animal-use",
							Map.of("scope", "SPF级小鼠", "facilityAddress", "示例路9号", "legalRepresentative", "赵六"))
					.id());
		this.api.get("/api/cases/" + id, "applicant", 200);
		// Staff of the department and admins do not see it, nor learn that it exists.
		this.api.get("/api/cases/" + id, "jl-approval", 404);
		this.api.get("/api/cases/" + id, "admin", 404);
		this.users.run("applicant", () -> {
			for (String material : Applications.USE_MATERIALS) {
				this.cases.upload(id, material, material + ".pdf", TestFiles.PDF);
			}
			this.cases.submit(id);
		});
		assertThat(this.api.get("/api/cases/" + id, "jl-approval", 200).get("status").asString())
			.isEqualTo("SUBMITTED");
	}

	@Test
	void staffFindTheirDepartmentsCasesByNumberCodeAndName() throws Exception {
		long id = this.applications.submittedUseLicence();
		String reference = this.users.as("applicant", () -> this.queries.get(id).referenceNo());
		AppUser applicant = this.accounts.find("applicant").orElseThrow();

		JsonNode byNumber = this.api.get("/api/cases/search?q=" + encode(reference), "jl-approval", 200);
		assertThat(byNumber.get("totalElements").asLong()).isEqualTo(1);
		assertThat(byNumber.get("content").get(0).get("id").asLong()).isEqualTo(id);
		assertThat(byNumber.get("content").get(0).get("applicantName").asString())
			.isEqualTo(applicant.organisationName());
		assertThat(byNumber.get("content").get(0).get("status").asString()).isEqualTo("SUBMITTED");
		if (applicant.creditCode() != null) {
			assertThat(ids(
					this.api.get("/api/cases/search?size=100&q=" + encode(applicant.creditCode()), "jl-approval", 200)))
				.contains(id);
		}
		String part = applicant.organisationName().substring(1, 4);
		assertThat(ids(this.api.get("/api/cases/search?size=100&item=lab-animal-use&status=SUBMITTED&q=" + encode(part),
				"jl-approval", 200)))
			.contains(id);
		// Filters that exclude it: another status, another item, a date range before it.
		assertThat(ids(
				this.api.get("/api/cases/search?size=100&status=GRANTED&q=" + encode(reference), "jl-approval", 200)))
			.isEmpty();
		assertThat(ids(
				this.api.get("/api/cases/search?item=outbound-training&q=" + encode(reference), "jl-approval", 200)))
			.isEmpty();
		assertThat(ids(this.api.get("/api/cases/search?from=2020-01-01&to=2020-12-31&q=" + encode(reference),
				"jl-approval", 200)))
			.isEmpty();
		// A wildcard typed in is a character.
		assertThat(this.api.get("/api/cases/search?q=%25", "jl-approval", 200).get("totalElements").asLong()).isZero();
		// Another department's staff do not find it; applicants may not search.
		assertThat(this.api.get("/api/cases/search?q=" + encode(reference), "ln-approval", 200)
			.get("totalElements")
			.asLong()).isZero();
		assertThat(this.api.get("/api/cases/search?q=" + encode(reference), "applicant", 403).get("code").asString())
			.isEqualTo("task.error.staffOnly");
		// A range that ends before it starts is refused, naming the field.
		assertThat(this.api.get("/api/cases/search?from=2026-12-10&to=2026-12-01", "jl-approval", 400)
			.get("field")
			.asString()).isEqualTo("to");
		assertThat(this.api.get("/api/cases/search?status=NOPE", "jl-approval", 400).get("error").asString())
			.isNotBlank();
	}

	@Test
	void staffReadTheDiagramWithThePathTaken() throws Exception {
		long id = this.applications.submittedUseLicence();
		this.tasks.complete("jl-approval", id, "intake", "accept", "材料齐全,予以受理", Map.of());

		JsonNode diagram = this.api.get("/api/cases/" + id + "/diagram", "jl-approval", 200);
		assertThat(diagram.get("bpmnXml").asString()).contains("<process id=\"licensing\"")
			.contains("bpmndi:BPMNDiagram");
		assertThat(strings(diagram.get("visited"))).contains("intake").doesNotContain("review", "inspection");
		assertThat(strings(diagram.get("current"))).contains("review").doesNotContain("intake");
		// Sequence flows passed are listed too, for the diagram to draw the path.
		assertThat(strings(diagram.get("visited"))).contains("toIntake");

		this.api.get("/api/cases/" + id + "/diagram", "applicant", 403);
		this.api.get("/api/cases/" + id + "/diagram", "ln-approval", 404);
	}

	@Test
	void theDoneListFollowsItsFilters() throws Exception {
		long id = this.applications.submittedUseLicence();
		this.tasks.complete("jl-approval2", id, "intake", "accept", "材料齐全,予以受理", Map.of());
		List<Long> mine = new ArrayList<>();
		this.api.get("/api/tasks/done?size=100&item=lab-animal-use&step=intake", "jl-approval2", 200)
			.get("content")
			.forEach((row) -> mine.add(row.get("caseId").asLong()));
		assertThat(mine).contains(id);
		// Another item's steps only: this one is not among them.
		List<Long> others = new ArrayList<>();
		this.api.get("/api/tasks/done?size=100&item=outbound-training", "jl-approval2", 200)
			.get("content")
			.forEach((row) -> others.add(row.get("caseId").asLong()));
		assertThat(others).doesNotContain(id);
		this.api.get("/api/tasks/done?size=100&step=review", "jl-approval2", 200)
			.get("content")
			.forEach((row) -> assertThat(row.get("step").asString()).isEqualTo("review"));
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

}
