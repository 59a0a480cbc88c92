package org.kjt.approvals.inbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApiClient;
import org.kjt.approvals.support.ApprovalsTest;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: 常用意见 are each staff member's own; saved once, removed, and refused for
 * applicants, blank text and unknown phrases.
 */
@ApprovalsTest
class OpinionPhrasesServerTests {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void eachStaffMemberKeepsTheirOwnPhrases() throws Exception {
		String phrase = "材料齐全,符合法定形式,予以受理。" + System.nanoTime() % 1000;
		assertThat(strings(this.api.send("POST", "/api/me/opinion-phrases", "ln-approval2",
				"{\"phrase\":\"" + phrase + "\"}", 200)))
			.contains(phrase);
		// Saved twice, kept once; not a colleague's.
		assertThat(strings(this.api.send("POST", "/api/me/opinion-phrases", "ln-approval2",
				"{\"phrase\":\" " + phrase + " \"}", 200)))
			.containsOnlyOnce(phrase);
		assertThat(strings(this.api.send("GET", "/api/me/opinion-phrases", "ln-approval", null, 200)))
			.doesNotContain(phrase);
		assertThat(this.api.send("POST", "/api/me/opinion-phrases", "ln-approval2", "{\"phrase\":\"  \"}", 400)
			.get("field")
			.asString()).isEqualTo("phrase");
		this.api.send("GET", "/api/me/opinion-phrases", "applicant", null, 403);
		this.api.send("DELETE", "/api/me/opinion-phrases?phrase=" + URLEncoder.encode("没有这条", StandardCharsets.UTF_8),
				"ln-approval2", null, 404);
		assertThat(strings(this.api.send("DELETE",
				"/api/me/opinion-phrases?phrase=" + URLEncoder.encode(phrase, StandardCharsets.UTF_8), "ln-approval2",
				null, 200)))
			.doesNotContain(phrase);
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

}
