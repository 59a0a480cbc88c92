package org.kjt.approvals.licensing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.support.KaribuSupport;
import org.kjt.approvals.support.Users;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public register of granted licences (Art. 40): anyone, without logging in, finds a
 * licence by department and by words of its holder, number or scope, through the API and
 * on its page; a wildcard typed in is a character, not a pattern.
 */
class LicenceRegisterServerTests extends KaribuSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	LicenceRepository repository;

	@Autowired
	Cases cases;

	@Autowired
	Users users;

	@Autowired
	Accounts accountsOfTests;

	@Test
	void anyoneFindsAGrantedLicenceByDepartmentAndWords() throws Exception {
		String holder = "公示检索示例单位" + System.nanoTime() % 100_000;
		String number = licence(holder, "liaoning");

		JsonNode found = get("/api/licences?department=liaoning&q=" + URLEncoder.encode(holder, StandardCharsets.UTF_8),
				200);
		assertThat(found.get("totalElements").asLong()).isEqualTo(1);
		JsonNode first = found.get("content").get(0);
		assertThat(first.get("number").asString()).isEqualTo(number);
		assertThat(first.get("holder").asString()).isEqualTo(holder);
		assertThat(first.get("status").asString()).isEqualTo("VALID");
		assertThat(first.get("validUntil").asString()).isEqualTo(LocalDate.of(2030, 6, 30).toString());
		// By number too; and not in the other department's register.
		assertThat(get("/api/licences?q=" + URLEncoder.encode(number, StandardCharsets.UTF_8), 200).get("content")
			.get(0)
			.get("holder")
			.asString()).isEqualTo(holder);
		assertThat(get("/api/licences?department=jilin&q=" + URLEncoder.encode(holder, StandardCharsets.UTF_8), 200)
			.get("totalElements")
			.asLong()).isZero();
		// "%" is looked for as itself.
		assertThat(get("/api/licences?q=%25", 200).get("totalElements").asLong()).isZero();
		JsonNode refused = get("/api/licences?department=nowhere", 400);
		assertThat(refused.get("field").asString()).isEqualTo("department");

		// The page, anonymous.
		UI.getCurrent().navigate("licences");
		_get(TextField.class, (spec) -> spec.withId("register-query")).setValue(holder);
		@SuppressWarnings("unchecked")
		Grid<LicenceView> grid = _get(Grid.class, (spec) -> spec.withId("licence-register"));
		assertThat(grid.getGenericDataView().getItems().map(LicenceView::number).toList()).containsExactly(number);
	}

	private String licence(String holder, String department) {
		long grantingCase = this.users.as("applicant2",
				() -> this.cases
					.create(department, "lab-animal-production",
							Map.of("scope", "SPF级 SD 大鼠", "facilityAddress", "示例路1号", "legalRepresentative", "张三"))
					.id());
		String number = "SCXK(辽)2025-P" + System.nanoTime() % 100_000;
		this.repository.save(new Licence(number, grantingCase, department, "lab-animal-production", holder,
				this.accountsOfTests.find("applicant2").orElseThrow().creditCode(), "SPF级 SD 大鼠",
				LocalDate.of(2025, 7, 1), LocalDate.of(2030, 6, 30)));
		return number;
	}

	private JsonNode get(String path, int status) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
		return this.json.readTree(response.body());
	}

}
