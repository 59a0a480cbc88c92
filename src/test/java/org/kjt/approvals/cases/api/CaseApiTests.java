package org.kjt.approvals.cases.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.licensing.LicensingFixtures;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.TestFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The REST API of cases and tasks, and every refusal it must give. */
@ApprovalsTest
class CaseApiTests {

	static final byte[] PDF = TestFiles.PDF;

	static final List<String> MANDATORY = LicensingFixtures.MANDATORY;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void catalogueIsPublic() throws Exception {
		this.mvc.perform(get("/api/items").param("department", "liaoning"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("lab-animal-production"))
			.andExpect(jsonPath("$[0].timeLimitDays").value(20))
			.andExpect(jsonPath("$[0].materials.length()").value(8));
	}

	@Test
	void createUploadSubmitAndFollowTheCase() throws Exception {
		long id = draft("applicant", "liaoning");
		for (String material : MANDATORY) {
			upload("applicant", id, material, material + ".pdf", PDF).andExpect(status().isCreated());
		}
		this.mvc.perform(post("/api/cases/{id}/submit", id).with(httpBasic("applicant", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.step").value("intake"))
			// A write answers where the case stands, not the whole case file.
			.andExpect(jsonPath("$.history").doesNotExist());
		this.mvc.perform(get("/api/cases/{id}", id).with(httpBasic("applicant", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.division").value("ln.office"))
			.andExpect(jsonPath("$.clock.state").value("NOT_STARTED"));
		this.mvc.perform(get("/api/cases").with(httpBasic("applicant", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(id));
		// Staff see it in their group queue, with the Art. 32 intake limit as due date.
		MvcResult queue = this.mvc.perform(
				get("/api/tasks").param("queue", "group").param("size", "100").with(httpBasic("ln-approval", "demo")))
			.andExpect(status().isOk())
			.andReturn();
		List<Integer> caseIds = JsonPath.read(queue.getResponse().getContentAsString(), "$.content[*].caseId");
		assertThat(caseIds).contains((int) id);
	}

	@Test
	void applicantsSeeOnlyTheirOwnCases() throws Exception {
		long id = draft("applicant", "jilin");
		this.mvc.perform(get("/api/cases/{id}", id).with(httpBasic("applicant2", "demo")))
			.andExpect(status().isNotFound());
		upload("applicant2", id, "application-form", "a.pdf", PDF).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/cases/{id}/withdraw", id).with(httpBasic("applicant2", "demo")))
			.andExpect(status().isNotFound());
		// Staff of the other department do not see it either.
		this.mvc.perform(get("/api/cases/{id}", id).with(httpBasic("ln-approval", "demo")))
			.andExpect(status().isNotFound());
		// Nor, while it is a draft, staff of its own department (CaseSearchServerTests:
		// once submitted, they do).
		this.mvc.perform(get("/api/cases/{id}", id).with(httpBasic("jl-approval", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/cases/{id}", id).with(httpBasic("applicant", "demo"))).andExpect(status().isOk());
	}

	@Test
	void badInputIsRefusedAndStoresNothing() throws Exception {
		this.mvc
			.perform(post("/api/cases").with(httpBasic("applicant", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"department\":\"liaoning\",\"item\":\"no-such-item\",\"form\":{}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("item"));
		this.mvc
			.perform(post("/api/cases").with(httpBasic("applicant", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"department\":\"hebei\",\"item\":\"lab-animal-use\",\"form\":{}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("department"));
		this.mvc
			.perform(post("/api/cases").with(httpBasic("jl-approval", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"department\":\"jilin\",\"item\":\"lab-animal-use\",\"form\":{}}"))
			.andExpect(status().isForbidden());

		long id = draft("applicant", "jilin");
		Integer before = this.jdbc.queryForObject("SELECT COUNT(*) FROM doc_material", Integer.class);
		// A PNG named .pdf, an empty file, a type the checklist does not allow, an
		// unknown material.
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 };
		upload("applicant", id, "application-form", "申请书.pdf", png).andExpect(status().isBadRequest());
		upload("applicant", id, "application-form", "申请书.pdf", new byte[0]).andExpect(status().isBadRequest());
		upload("applicant", id, "facility-test-report", "report.png", png).andExpect(status().isBadRequest());
		upload("applicant", id, "no-such-material", "a.pdf", PDF).andExpect(status().isBadRequest());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM doc_material", Integer.class)).isEqualTo(before);

		// Submission without every mandatory material: refused, nothing started.
		upload("applicant", id, "application-form", "../../申请书.pdf", PDF).andExpect(status().isCreated())
			.andExpect(jsonPath("$.fileName").value("申请书.pdf"))
			.andExpect(jsonPath("$.sha256").isString());
		this.mvc.perform(post("/api/cases/{id}/submit", id).with(httpBasic("applicant", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("materials"));
		this.mvc.perform(get("/api/cases/{id}", id).with(httpBasic("applicant", "demo")))
			.andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void taskRefusalsAndConcurrentClaims() throws Exception {
		long id = submitted("applicant2", "jilin");
		String taskId = intakeTask("jl-approval", id);
		// Applicants and staff of other divisions or departments may not touch it.
		this.mvc.perform(get("/api/tasks").with(httpBasic("applicant", "demo"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("jl-intl", "demo")))
			.andExpect(status().isForbidden());
		// Another department's task does not exist for them.
		this.mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("ln-approval", "demo")))
			.andExpect(status().isNotFound());
		// Completing a task one does not hold.
		this.mvc
			.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("jl-approval", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"accept\",\"opinion\":\"ok\"}"))
			.andExpect(status().isForbidden());

		// Two staff claim at once: exactly one wins, the other is told who has it.
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> results = new ArrayList<>();
		for (String user : List.of("jl-approval", "jl-approval2")) {
			results.add(pool.submit(() -> {
				start.await();
				return this.mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic(user, "demo")))
					.andReturn()
					.getResponse()
					.getStatus();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> result : results) {
			statuses.add(result.get());
		}
		pool.shutdown();
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		String holder = this.jdbc.queryForObject("SELECT assignee FROM inbox_task WHERE task_id = ?", String.class,
				taskId);
		assertThat(holder).isIn("jl-approval", "jl-approval2");
		String other = "jl-approval".equals(holder) ? "jl-approval2" : "jl-approval";

		this.mvc
			.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic(other, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"accept\",\"opinion\":\"ok\"}"))
			.andExpect(status().isForbidden());
		// An outcome the step does not have, and a missing opinion.
		this.mvc
			.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic(holder, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"approve\",\"opinion\":\"ok\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("outcome"));
		this.mvc
			.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic(holder, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"accept\",\"opinion\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("opinion"));
		// Transfer to a colleague, then back to the group.
		this.mvc
			.perform(post("/api/tasks/{id}/transfer", taskId).with(httpBasic(holder, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"assignee\":\"jl-intl\"}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/tasks/{id}/transfer", taskId).with(httpBasic(holder, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"assignee\":\"" + other + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee").value(other));
		this.mvc.perform(post("/api/tasks/{id}/unclaim", taskId).with(httpBasic(other, "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee").doesNotExist());
		this.mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic("jl-approval", "demo")))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("jl-approval", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"accept\",\"opinion\":\"材料齐全\"}"))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/cases/{id}", id).with(httpBasic("applicant2", "demo")))
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.clock.state").value("RUNNING"))
			.andExpect(jsonPath("$.clock.extended").value(false))
			.andExpect(jsonPath("$.notices[0].type").value("ACCEPTANCE"));
		this.mvc.perform(get("/api/tasks/done").param("size", "100").with(httpBasic("jl-approval", "demo")))
			.andExpect(status().isOk())
			// Found by case: other tests move the clock, so the newest is not always this
			// one.
			.andExpect(jsonPath("$.content[?(@.caseId == " + id + ")].outcome").value("accept"));
		// Only heads see the division's backlog.
		this.mvc.perform(get("/api/tasks").param("queue", "backlog").with(httpBasic("jl-approval", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/tasks").param("queue", "backlog").with(httpBasic("jl-approval-head", "demo")))
			.andExpect(status().isOk());
	}

	@Test
	void unknownLicenceIs404AndPublic() throws Exception {
		this.mvc.perform(get("/api/licences/{n}", "SCXK(辽)1999-0001"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").isString());
	}

	private long draft(String user, String department) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/cases").with(httpBasic(user, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"department\":\"" + department + "\",\"item\":\"lab-animal-production\",\"form\":"
						+ "{\"scope\":\"SPF级大鼠\",\"facilityAddress\":\"示例路2号\",\"legalRepresentative\":\"李四\"}}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.referenceNo").isString())
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private long submitted(String user, String department) throws Exception {
		long id = draft(user, department);
		for (String material : MANDATORY) {
			upload(user, id, material, material + ".pdf", PDF).andExpect(status().isCreated());
		}
		this.mvc.perform(post("/api/cases/{id}/submit", id).with(httpBasic(user, "demo"))).andExpect(status().isOk());
		return id;
	}

	private String intakeTask(String staff, long caseId) throws Exception {
		MvcResult queue = this.mvc
			.perform(get("/api/tasks").param("queue", "group")
				.param("step", "intake")
				.param("size", "100")
				.with(httpBasic(staff, "demo")))
			.andReturn();
		List<String> ids = JsonPath.read(queue.getResponse().getContentAsString(),
				"$.content[?(@.caseId == " + caseId + ")].id");
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	private ResultActions upload(String user, long id, String material, String name, byte[] bytes) throws Exception {
		return this.mvc.perform(multipart("/api/cases/{id}/materials", id)
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.param("material", material)
			.with(httpBasic(user, "demo")));
	}

}
