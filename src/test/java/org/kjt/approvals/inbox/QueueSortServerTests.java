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
 * Over real HTTP: a queue is read in the order asked for (reference number, receipt, due
 * date, either way), by due date by default; another order is refused naming the field.
 */
@ApprovalsTest
class QueueSortServerTests {

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

	private static List<Long> caseIds(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.get("content").forEach((task) -> ids.add(task.get("caseId").asLong()));
		return ids;
	}

}
