package org.kjt.approvals.inbox;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApiClient;
import org.kjt.approvals.support.Applications;
import org.kjt.approvals.support.ApprovalsTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: a queue is read in the order asked for (reference number or due date,
 * either way), by due date by default; another order is refused naming the field. Saved
 * filters are each staff member's own.
 */
@ApprovalsTest
class QueueServerTests {

	@LocalServerPort
	int port;

	@Autowired
	Applications applications;

	ApiClient api;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void queuesAreReadInTheOrderAskedFor() {
		long first = this.applications.submittedUseLicence();
		long second = this.applications.submittedUseLicence();
		List<Long> descending = caseIds(
				this.api.get("/api/tasks?queue=group&size=100&step=intake&sort=referenceNo,desc", "jl-approval", 200));
		assertThat(descending.indexOf(second)).isLessThan(descending.indexOf(first)).isNotNegative();
		List<Long> ascending = caseIds(
				this.api.get("/api/tasks?queue=group&size=100&step=intake&sort=referenceNo", "jl-approval", 200));
		assertThat(ascending.indexOf(first)).isLessThan(ascending.indexOf(second)).isNotNegative();
		List<String> references = new ArrayList<>();
		this.api.get("/api/tasks?queue=group&size=100&step=intake&sort=referenceNo", "jl-approval", 200)
			.get("content")
			.forEach((task) -> references.add(task.get("referenceNo").asString()));
		assertThat(references).isSorted();
		assertThat(
				this.api.get("/api/tasks?queue=group&sort=applicantName", "jl-approval", 400).get("field").asString())
			.isEqualTo("sort");
	}

	@Test
	void savedFiltersAreEachStaffMembersOwn() {
		String name = "待受理-" + System.nanoTime() % 10_000;
		JsonNode saved = this.api.post("/api/me/queue-filters", "jl-approval2",
				"{\"name\":\"" + name + "\",\"item\":\"lab-animal-use\",\"step\":\"intake\"}", 200);
		assertThat(names(saved)).contains(name);
		// Saved again under the name: replaced, not doubled.
		JsonNode replaced = this.api.post("/api/me/queue-filters", "jl-approval2",
				"{\"name\":\"" + name + "\",\"item\":\"lab-animal-use\",\"step\":\"review\"}", 200);
		assertThat(names(replaced)).containsOnlyOnce(name);
		assertThat(names(this.api.get("/api/me/queue-filters", "jl-approval", 200))).doesNotContain(name);
		assertThat(this.api
			.post("/api/me/queue-filters", "jl-approval2", "{\"name\":\"x\",\"item\":\"no-such-item\"}", 400)
			.get("field")
			.asString()).isEqualTo("item");
		assertThat(this.api.post("/api/me/queue-filters", "jl-approval2", "{\"name\":\"x\",\"step\":\"nope\"}", 400)
			.get("field")
			.asString()).isEqualTo("step");
		this.api.get("/api/me/queue-filters", "applicant", 403);
		this.api.send("DELETE", "/api/me/queue-filters?name=nothing-here", "jl-approval2", null, 404);
		assertThat(names(this.api.send("DELETE",
				"/api/me/queue-filters?name="
						+ java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8),
				"jl-approval2", null, 200)))
			.doesNotContain(name);
	}

	private static List<String> names(JsonNode filters) {
		List<String> names = new ArrayList<>();
		filters.forEach((filter) -> names.add(filter.get("name").asString()));
		return names;
	}

	private static List<Long> caseIds(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.get("content").forEach((task) -> ids.add(task.get("caseId").asLong()));
		return ids;
	}

}
