package org.kjt.approvals.documents;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.licensing.LicensingFixtures;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.BrowserSupport;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.Multipart;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input is bounded as deployed: a file of exactly the upload limit (20 MB) is accepted,
 * one byte more is the API's JSON 413; a material uploaded again and again stops at its
 * cap; a form key the item does not declare is refused, named, and nothing is stored.
 */
@ApprovalsTest
class BoundedInputServerTests {

	private static final int LIMIT = 20 * 1024 * 1024;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	LicensingFixtures licensing;

	@Autowired
	CaseViews views;

	@Test
	void aFileOfExactlyTheLimitIsAcceptedAndOneByteMoreIs413() throws Exception {
		long id = this.licensing.draft("applicant");
		HttpResponse<String> exact = upload(id, "application-form", pdf(LIMIT));
		assertThat(exact.statusCode()).as(exact.body()).isEqualTo(201);
		HttpResponse<String> over = upload(id, "legal-status", pdf(LIMIT + 1));
		assertThat(over.statusCode()).isEqualTo(413);
		assertThat(over.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat((Integer) JsonPath.read(over.body(), "$.status")).isEqualTo(413);
		assertThat(this.views.as("applicant", id).materials()).hasSize(1);
	}

	@Test
	void aMaterialStopsAtItsCap() throws Exception {
		long id = this.licensing.draft("applicant");
		for (int version = 0; version < 10; version++) {
			assertThat(upload(id, "procedures", pdf(100)).statusCode()).isEqualTo(201);
		}
		HttpResponse<String> eleventh = upload(id, "procedures", pdf(100));
		assertThat(eleventh.statusCode()).isEqualTo(400);
		assertThat((String) JsonPath.read(eleventh.body(), "$.code")).isEqualTo("documents.error.tooManyForMaterial");
		assertThat(this.views.as("applicant", id).materials()).hasSize(10);
	}

	@Test
	void anUndeclaredFormKeyIsRefusedAndNothingStored() throws Exception {
		HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/cases"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"department\":\"jilin\",\"item\":\"lab-animal-production\",\"form\":{\"scope\":\"SPF级\","
						+ "\"isAdmin\":true}}", StandardCharsets.UTF_8)));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat((String) JsonPath.read(refused.body(), "$.code")).isEqualTo("case.error.formField");
		assertThat((String) JsonPath.read(refused.body(), "$.error")).contains("isAdmin");
		HttpResponse<String> mine = send(HttpRequest.newBuilder(uri("/api/cases?size=100")).GET());
		assertThat(mine.body()).doesNotContain("isAdmin");
	}

	private static byte[] pdf(int size) {
		byte[] content = new byte[size];
		Arrays.fill(content, (byte) ' ');
		byte[] signature = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(signature, 0, content, 0, signature.length);
		return content;
	}

	private HttpResponse<String> upload(long id, String material, byte[] file) throws Exception {
		return send(HttpRequest.newBuilder(uri("/api/cases/" + id + "/materials"))
			.header("Content-Type", Multipart.CONTENT_TYPE)
			.POST(HttpRequest.BodyPublishers.ofByteArray(Multipart.material(material, material + ".pdf", file))));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.header("Authorization", BrowserSupport.basic("applicant")).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
