package org.kjt.approvals.base;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.licensing.LicensingFixtures;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.BrowserSupport;
import org.kjt.approvals.support.Tasks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API's errors as a client sees them through the real server (random port, a
 * real HTTP client, the servlet container's error dispatch): JSON in the documented shape
 * with the right status, never the UI's log-in redirect or an empty 403.
 */
@ApprovalsTest
class ApiErrorsServerTests {

	/** Follows no redirect: a 302 to the log-in page must show as such. */
	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	LicensingFixtures licensing;

	@Autowired
	Tasks tasks;

	@Test
	void anonymousCallsAreChallengedNotRedirected() throws Exception {
		HttpResponse<String> response = send(request("/api/cases").GET(), null);
		assertJson(response, 401, "error.notLoggedIn");
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Basic"));
	}

	@Test
	void badRequestsNameWhatIsWrong() throws Exception {
		assertJson(send(json("/api/cases", "").POST(body("{\"department\": ")), "applicant"), 400, "error.badJson");
		HttpResponse<String> wrongType = send(request("/api/tasks?page=abc").GET(), "jl-approval");
		assertJson(wrongType, 400, "error.badValue");
		assertThat((String) JsonPath.read(wrongType.body(), "$.field")).isEqualTo("page");
		HttpResponse<String> wrongField = send(
				json("/api/tasks/x/complete", "").POST(body("{\"outcome\": \"accept\", \"fields\": [1, 2]}")),
				"jl-approval");
		assertJson(wrongField, 400, "error.badValue");
		assertThat((String) JsonPath.read(wrongField.body(), "$.field")).isEqualTo("fields");
	}

	@Test
	void wrongMethodAndMediaTypeAreTheirOwnStatus() throws Exception {
		HttpResponse<String> method = send(request("/api/items").DELETE(), "applicant");
		assertJson(method, 405, "error.methodNotAllowed");
		assertThat(method.headers().firstValue("Allow"))
			.hasValueSatisfying((allow) -> assertThat(allow).contains("GET"));
		assertJson(send(request("/api/cases").header("Content-Type", "text/plain").POST(body("x")), "applicant"), 415,
				"error.unsupportedMediaType");
	}

	@Test
	void aMissingFilePartIsNamed() throws Exception {
		long id = this.licensing.draft("applicant");
		String boundary = "b0undary";
		String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"material\"\r\n\r\n"
				+ "application-form\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = send(request("/api/cases/" + id + "/materials")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(body(multipart)), "applicant");
		assertJson(response, 400, "error.missing");
		assertThat((String) JsonPath.read(response.body(), "$.field")).isEqualTo("file");
	}

	@Test
	void unknownPathsAreJson404() throws Exception {
		assertJson(send(request("/api/no-such-thing").GET(), "jl-approval"), 404, "error.notFound");
		assertJson(send(request("/api/cases/1/no-such-thing").POST(body("")), "applicant"), 404, "error.notFound");
	}

	@Test
	void firewallRejectionsAreJson400() throws Exception {
		assertJson(send(request("/api/items;x=..").GET(), null), 400, "error.badRequest");
	}

	@Test
	void applicantsAreRefusedStaffListsAndOtherDepartmentsTasksDoNotExist() throws Exception {
		assertJson(send(request("/api/tasks/done").GET(), "applicant"), 403, "task.error.staffOnly");
		long caseId = this.licensing.submitted("applicant2", "liaoning");
		String taskId = this.tasks.groupQueue("ln-approval", caseId).get(0).id();
		// Jilin staff: a Liaoning task is not theirs to know about (listed in Liaoning's
		// queue, the node remembers its department: refused before its case is locked).
		assertJson(send(request("/api/tasks/" + taskId).GET(), "jl-approval"), 404, "task.error.notFound");
		assertJson(send(json("/api/tasks/" + taskId + "/claim", "").POST(body("")), "jl-approval"), 404,
				"task.error.notFound");
	}

	@Test
	void aNoticePageAskedForAsJsonIsNotAcceptable() throws Exception {
		long caseId = this.licensing.submitted("applicant2", "liaoning");
		this.tasks.complete("ln-approval", caseId, "intake", "accept", "材料齐全", Map.of());
		HttpResponse<String> page = send(request("/api/cases/" + caseId + "/notices/0").GET(), "applicant2");
		assertThat(page.statusCode()).isEqualTo(200);
		HttpResponse<String> json = send(
				request("/api/cases/" + caseId + "/notices/0").header("Accept", "application/json").GET(),
				"applicant2");
		assertThat(json.statusCode()).isEqualTo(406);
	}

	@Test
	void errorsSpeakTheCallersLanguage() throws Exception {
		HttpResponse<String> english = send(request("/api/no-such-thing").header("Accept-Language", "en").GET(),
				"jl-approval");
		assertThat((String) JsonPath.read(english.body(), "$.error")).isEqualTo("The resource does not exist");
		HttpResponse<String> chinese = send(request("/api/no-such-thing").GET(), "jl-approval");
		assertThat((String) JsonPath.read(chinese.body(), "$.error")).contains("不存在");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpRequest.Builder json(String path, String ignored) {
		return request(path).header("Content-Type", "application/json");
	}

	private static HttpRequest.BodyPublisher body(String text) {
		return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String user)
			throws IOException, InterruptedException {
		if (user != null) {
			request.header("Authorization", BrowserSupport.basic(user));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static void assertJson(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(status);
		assertThat((String) JsonPath.read(response.body(), "$.code")).isEqualTo(code);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

}
