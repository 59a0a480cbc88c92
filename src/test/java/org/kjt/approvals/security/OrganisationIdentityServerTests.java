package org.kjt.approvals.security;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.kjt.approvals.licensing.LicensingFixtures;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.Multipart;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.TestFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations against the real server: a credit code registers once (so nobody takes a
 * licence holder's identity by registering its public code), a pending organisation
 * drafts but does not submit, the approval office of its department verifies or refuses
 * it from its business licence, and only its verified administrator adds further users.
 * Every refusal is checked: other departments, other divisions, other organisations.
 */
@ApprovalsTest
class OrganisationIdentityServerTests {

	private static final AtomicInteger serial = new AtomicInteger();

	private static final String BOUNDARY = "organisationTestBoundary";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Tasks tasks;

	@Test
	void aLicenceHoldersPublicCreditCodeCannotBeRegisteredAgain() throws Exception {
		// 91220101MA17XK4Y31 is the demo holder's code, printed on its licences.
		HttpResponse<String> refused = post("/api/registrations", null,
				registration("borrower-" + serial.incrementAndGet(), "91220101MA17XK4Y31", "jilin"));
		assertThat(refused.statusCode()).isEqualTo(409);
		JsonNode body = this.json.readTree(refused.body());
		assertThat(body.get("field").asString()).isEqualTo("creditCode");
		assertThat(body.get("code").asString()).isEqualTo("account.error.organisationRegistered");
	}

	@Test
	void aPendingOrganisationDraftsButSubmitsOnlyOnceTheApprovalOfficeHasVerifiedIt() throws Exception {
		String username = "org-admin-" + serial.incrementAndGet();
		String code = freshCode();
		HttpResponse<String> registered = send(HttpRequest.newBuilder(uri("/api/registrations"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(registrationWithLicence(registration(username, code, null)))));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		String admin = token(username, "long-enough-1");

		JsonNode mine = get("/api/organisation", admin, 200);
		assertThat(mine.get("status").asString()).isEqualTo("PENDING");
		// Characters 3-4 of the code (22) name Jilin, whose approval office verifies.
		assertThat(mine.get("department").asString()).isEqualTo("jilin");
		assertThat(mine.get("licence")).hasSize(1);
		assertThat(mine.get("users").get(0).get("admin").asBoolean()).isTrue();
		long organisation = mine.get("id").asLong();

		// A draft is allowed; submitting it is not, and the refusal names the
		// organisation.
		long caseId = draftWithMaterials(admin);
		HttpResponse<String> early = post("/api/cases/" + caseId + "/submit", admin, null);
		assertThat(early.statusCode()).isEqualTo(403);
		assertThat(this.json.readTree(early.body()).get("code").asString()).isEqualTo("organisation.error.notVerified");
		assertThat(early.body()).contains("示例验证科技有限公司").contains(code);

		// Who may not look: another department's approval office, another division of
		// Jilin, another organisation.
		String liaoning = token("ln-approval", "demo");
		assertThat(get("/api/organisations", liaoning, 200).get("content").toString())
			.doesNotContain("\"id\":" + organisation + ",");
		assertThat(send(authorised("/api/organisations/" + organisation, liaoning).GET()).statusCode()).isEqualTo(404);
		assertThat(send(authorised("/api/organisations", token("jl-intl", "demo")).GET()).statusCode()).isEqualTo(403);
		assertThat(
				send(authorised("/api/organisations/" + organisation, token("applicant", "demo")).GET()).statusCode())
			.isEqualTo(404);

		// The approval office reads the licence and refuses with reasons, then verifies
		// what is handed in again.
		String office = token("jl-approval", "demo");
		assertThat(get("/api/organisations", office, 200).get("content").toString())
			.contains("\"id\":" + organisation + ",");
		long document = get("/api/organisations/" + organisation, office, 200).get("licence").get(0).get("id").asLong();
		HttpResponse<byte[]> licence = this.http.send(
				authorised("/api/organisations/" + organisation + "/licence/" + document, office).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(licence.statusCode()).isEqualTo(200);
		assertThat(licence.body()).isEqualTo(TestFiles.PDF);
		HttpResponse<String> noReason = post("/api/organisations/" + organisation + "/verification", office,
				"{\"approve\":false}");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(noReason.body()).get("field").asString()).isEqualTo("reason");
		assertThat(post("/api/organisations/" + organisation + "/verification", office,
				"{\"approve\":false,\"reason\":\"营业执照上的名称与注册名称不一致\"}")
			.statusCode()).isEqualTo(200);
		JsonNode refused = get("/api/organisation", admin, 200);
		assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
		assertThat(refused.get("reason").asString()).isEqualTo("营业执照上的名称与注册名称不一致");
		assertThat(post("/api/cases/" + caseId + "/submit", admin, null).statusCode()).isEqualTo(403);

		HttpResponse<String> again = send(
				authorised("/api/organisation/licence", admin).header("Content-Type", Multipart.CONTENT_TYPE)
					.PUT(HttpRequest.BodyPublishers.ofByteArray(Multipart.material("file", "执照.pdf", TestFiles.PDF))));
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		assertThat(this.json.readTree(again.body()).get("status").asString()).isEqualTo("PENDING");
		assertThat(
				post("/api/organisations/" + organisation + "/verification", office, "{\"approve\":true}").statusCode())
			.isEqualTo(200);
		assertThat(
				post("/api/organisations/" + organisation + "/verification", office, "{\"approve\":true}").statusCode())
			.isEqualTo(409);

		HttpResponse<String> submitted = post("/api/cases/" + caseId + "/submit", admin, null);
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
		assertThat(this.json.readTree(submitted.body()).get("status").asString()).isEqualTo("SUBMITTED");
	}

	@Test
	void onlyTheVerifiedAdministratorAddsUsers() throws Exception {
		String username = "org-admin-" + serial.incrementAndGet();
		assertThat(post("/api/registrations", null, registration(username, freshCode(), "jilin")).statusCode())
			.isEqualTo(201);
		String admin = token(username, "long-enough-1");
		String member = "org-member-" + serial.incrementAndGet();
		String newMember = """
				{"username":"%s","password":"member-pass-1","displayName":"李四","phone":"13900001111",
				 "email":"member@example.cn"}""".formatted(member);
		// Pending: no colleagues yet.
		assertThat(post("/api/organisation/users", admin, newMember).statusCode()).isEqualTo(403);
		// Verifying needs a licence document.
		long organisation = get("/api/organisation", admin, 200).get("id").asLong();
		String office = token("jl-approval", "demo");
		assertThat(
				post("/api/organisations/" + organisation + "/verification", office, "{\"approve\":true}").statusCode())
			.isEqualTo(409);
		send(authorised("/api/organisation/licence", admin).header("Content-Type", Multipart.CONTENT_TYPE)
			.PUT(HttpRequest.BodyPublishers.ofByteArray(Multipart.material("file", "licence.pdf", TestFiles.PDF))));
		assertThat(
				post("/api/organisations/" + organisation + "/verification", office, "{\"approve\":true}").statusCode())
			.isEqualTo(200);

		HttpResponse<String> added = post("/api/organisation/users", admin, newMember);
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		String colleague = token(member, "member-pass-1");
		JsonNode me = get("/api/me", colleague, 200);
		assertThat(me.get("creditCode").asString())
			.isEqualTo(get("/api/organisation", admin, 200).get("creditCode").asString());
		// The colleague acts for the verified organisation but administers nothing.
		JsonNode seen = get("/api/organisation", colleague, 200);
		assertThat(seen.get("status").asString()).isEqualTo("VERIFIED");
		assertThat(post("/api/organisation/users", colleague, newMember.replace(member, member + "x")).statusCode())
			.isEqualTo(403);
		assertThat(get("/api/organisation", admin, 200).get("users")).hasSize(2);
		// A name in use is refused like at registration.
		assertThat(post("/api/organisation/users", admin, newMember).statusCode()).isEqualTo(409);
	}

	/**
	 * A user who leaves is removed by the administrator, and nothing of the
	 * organisation's is left with the disabled account: its applications (the draft too)
	 * are the administrator's, the correction notice waiting on it is answered by the
	 * administrator, its messages are the administrator's, and each case's history says
	 * who took it over and why.
	 */
	@Test
	void aRemovedUsersApplicationsPassToTheAdministrator() throws Exception {
		String username = "org-admin-" + serial.incrementAndGet();
		String admin = verifiedOrganisation(username, token("jl-approval", "demo")).token();
		String member = "org-leaver-" + serial.incrementAndGet();
		assertThat(post("/api/organisation/users", admin, """
				{"username":"%s","password":"member-pass-1","displayName":"李四","phone":"13900001111"}"""
			.formatted(member)).statusCode()).isEqualTo(201);
		String leaver = token(member, "member-pass-1");
		long submitted = draftWithMaterials(leaver);
		assertThat(post("/api/cases/" + submitted + "/submit", leaver, null).statusCode()).isEqualTo(200);
		long draft = draftWithMaterials(leaver);
		this.tasks.complete("jl-approval", submitted, "intake", "correct", "法人资格证明须补正",
				Map.of("items", Map.of("legal-status", "营业执照复印件未加盖公章")));
		String reference = get("/api/cases/" + submitted, leaver, 200).get("referenceNo").asString();
		assertThat(get("/api/cases/" + submitted, admin, 404)).isNotNull();

		HttpResponse<String> removed = post("/api/organisation/users/" + member + "/removal", admin,
				"{\"reason\":\"已离职,工作交由管理员\"}");
		assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);

		JsonNode taken = get("/api/cases/" + submitted, admin, 200);
		assertThat(taken.get("applicant").asString()).isEqualTo(username);
		assertThat(taken.get("status").asString()).isEqualTo("CORRECTION_REQUESTED");
		assertThat(taken.get("history").toString()).contains("HANDED_OVER", member, username);
		assertThat(get("/api/cases/" + draft, admin, 200).get("status").asString()).isEqualTo("DRAFT");
		assertThat(get("/api/cases?page=0&size=50", admin, 200).toString()).contains("\"id\":" + submitted + ",",
				"\"id\":" + draft + ",");
		assertThat(get("/api/messages?page=0&size=50", admin, 200).toString()).contains(reference);
		// The step that waited on the leaver is the administrator's: the correction is
		// answered.
		HttpResponse<String> upload = send(authorised("/api/cases/" + submitted + "/materials", admin)
			.header("Content-Type", Multipart.CONTENT_TYPE)
			.POST(HttpRequest.BodyPublishers
				.ofByteArray(Multipart.material("legal-status", "legal-status.pdf", TestFiles.PDF))));
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		HttpResponse<String> answered = post("/api/cases/" + submitted + "/resubmit", admin, null);
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
		assertThat(this.json.readTree(answered.body()).get("status").asString()).isEqualTo("SUBMITTED");
		// The leaver has nothing left to act with.
		get("/api/cases/" + draft, leaver, 401);
	}

	/**
	 * An account that took an organisation's credit code first (the V34 migration made
	 * the earliest account of a code its administrator) is put right by the verifying
	 * staff: the administration is handed to the real one, the squatter removed and
	 * locked out; every change has its reason on record, and only that department's
	 * verifiers may.
	 */
	@Test
	void theVerifyingStaffHandTheAdministrationOverAndRemoveASquatter() throws Exception {
		String squatter = "org-squatter-" + serial.incrementAndGet();
		String office = token("jl-approval", "demo");
		Verified registered = verifiedOrganisation(squatter, office);
		String squatting = registered.token();
		long organisation = registered.organisation();
		String owner = "org-owner-" + serial.incrementAndGet();
		assertThat(post("/api/organisation/users", squatting, """
				{"username":"%s","password":"owner-pass-12","displayName":"王法人","phone":"13900002222"}"""
			.formatted(owner)).statusCode()).isEqualTo(201);
		String handOver = "{\"username\":\"%s\",\"reason\":\"法定代表人书面授权,原注册人非本单位员工\"}".formatted(owner);
		String path = "/api/organisations/" + organisation + "/administrator";

		// Refusals: an applicant, another department's staff, no reason, no such member.
		assertThat(post(path, squatting, handOver).statusCode()).isEqualTo(403);
		assertThat(post(path, token("ln-approval", "demo"), handOver).statusCode()).isEqualTo(404);
		assertThat(post(path, office, "{\"username\":\"%s\"}".formatted(owner)).statusCode()).isEqualTo(400);
		assertThat(post(path, office, handOver.replace(owner, "applicant")).statusCode()).isEqualTo(404);
		assertThat(post(path, office, "{\"reason\":\"无人选\"}").statusCode()).isEqualTo(400);
		// The administrator is not removed before the administration is handed over.
		assertThat(post("/api/organisations/" + organisation + "/users/" + squatter + "/removal", office,
				"{\"reason\":\"非本单位人员\"}")
			.statusCode()).isEqualTo(409);

		HttpResponse<String> handed = post(path, office, handOver);
		assertThat(handed.statusCode()).as(handed.body()).isEqualTo(200);
		assertThat(post(path, office, handOver).statusCode()).as("already the administrator").isEqualTo(409);
		String owning = token(owner, "owner-pass-12");
		JsonNode members = get("/api/organisation", owning, 200).get("users");
		assertThat(members.toString())
			.contains("\"username\":\"" + owner + "\",\"displayName\":\"王法人\",\"admin\":true");
		// The former administrator administers nothing any more.
		assertThat(
				post("/api/organisation/users/" + owner + "/removal", squatting, "{\"reason\":\"试图移出\"}").statusCode())
			.isEqualTo(403);
		// The administrator does not remove itself.
		assertThat(post("/api/organisation/users/" + owner + "/removal", owning, "{\"reason\":\"误操作\"}").statusCode())
			.isEqualTo(409);

		long squattersDraft = draftWithMaterials(squatting);
		HttpResponse<String> removed = post("/api/organisations/" + organisation + "/users/" + squatter + "/removal",
				office, "{\"reason\":\"非本单位人员,经单位申请移出\"}");
		assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
		// What the squatter had drafted is the administrator's now.
		assertThat(get("/api/cases/" + squattersDraft, owning, 200).get("applicant").asString()).isEqualTo(owner);
		JsonNode record = this.json.readTree(removed.body());
		assertThat(record.get("users").toString()).doesNotContain(squatter);
		assertThat(record.get("changes").toString()).contains("ADMIN_HANDED_OVER", "MEMBER_REMOVED", "非本单位人员,经单位申请移出",
				"jl-approval");
		// Locked out: no new token, and its old one no longer acts for the organisation.
		HttpResponse<String> again = send(HttpRequest.newBuilder(uri("/api/auth/token"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((squatter + ":long-enough-1").getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(again.statusCode()).isEqualTo(401);
		get("/api/organisation", squatting, 401);
		// The new administrator adds and removes users itself, with a reason.
		String helper = "org-helper-" + serial.incrementAndGet();
		assertThat(post("/api/organisation/users", owning, """
				{"username":"%s","password":"helper-pass-12","displayName":"赵助理","phone":"13900003333"}"""
			.formatted(helper)).statusCode()).isEqualTo(201);
		assertThat(post("/api/organisation/users/" + helper + "/removal", owning, "{}").statusCode()).isEqualTo(400);
		assertThat(post("/api/organisation/users/" + helper + "/removal", owning, "{\"reason\":\"已离职\"}").statusCode())
			.isEqualTo(200);
		assertThat(get("/api/organisation", owning, 200).get("users")).hasSize(1);
	}

	/**
	 * A Jilin organisation registered by the user, its licence handed in and verified.
	 */
	private Verified verifiedOrganisation(String username, String office) throws Exception {
		assertThat(post("/api/registrations", null, registration(username, freshCode(), "jilin")).statusCode())
			.isEqualTo(201);
		String token = token(username, "long-enough-1");
		long organisation = get("/api/organisation", token, 200).get("id").asLong();
		send(authorised("/api/organisation/licence", token).header("Content-Type", Multipart.CONTENT_TYPE)
			.PUT(HttpRequest.BodyPublishers.ofByteArray(Multipart.material("file", "licence.pdf", TestFiles.PDF))));
		assertThat(
				post("/api/organisations/" + organisation + "/verification", office, "{\"approve\":true}").statusCode())
			.isEqualTo(200);
		return new Verified(token, organisation);
	}

	private record Verified(String token, long organisation) {
	}

	private long draftWithMaterials(String token) throws Exception {
		HttpResponse<String> created = post("/api/cases", token, """
				{"department":"jilin","item":"lab-animal-production","form":{"scope":"SPF级 小鼠",
				 "facilityAddress":"长春市示例路1号","legalRepresentative":"张三"}}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = this.json.readTree(created.body()).get("id").asLong();
		for (String material : LicensingFixtures.MANDATORY) {
			HttpResponse<String> uploaded = send(
					authorised("/api/cases/" + id + "/materials", token).header("Content-Type", Multipart.CONTENT_TYPE)
						.POST(HttpRequest.BodyPublishers
							.ofByteArray(Multipart.material(material, material + ".pdf", TestFiles.PDF))));
			assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		}
		return id;
	}

	private static String freshCode() {
		// Region 220101 (Changchun): a Jilin organisation.
		return CreditCode.withCheck("912201010%08d".formatted(System.nanoTime() % 100_000_000L));
	}

	private static String registration(String username, String code, String department) {
		return """
				{"username":"%s","password":"long-enough-1","organisationName":"示例验证科技有限公司",
				 "creditCode":"%s","contactPerson":"王五","phone":"13900000000","email":"org@example.cn"%s}"""
			.formatted(username, code, (department != null) ? ",\"department\":\"" + department + "\"" : "");
	}

	private static byte[] registrationWithLicence(String registration) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"registration\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + registration + "\r\n--" + BOUNDARY
				+ "\r\nContent-Disposition: form-data; name=\"licence\"; filename=\"营业执照.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(TestFiles.PDF);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private String token(String username, String password) throws Exception {
		HttpResponse<String> issued = send(HttpRequest.newBuilder(uri("/api/auth/token"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
		return this.json.readTree(issued.body()).get("access_token").asString();
	}

	private JsonNode get(String path, String token, int status) throws Exception {
		HttpResponse<String> response = send(authorised(path, token).GET());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
		return this.json.readTree(response.body());
	}

	private HttpResponse<String> post(String path, String token, String body) throws Exception {
		HttpRequest.Builder request = (token != null) ? authorised(path, token) : HttpRequest.newBuilder(uri(path));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return send(request
			.POST((body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody()));
	}

	private HttpRequest.Builder authorised(String path, String token) {
		return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
