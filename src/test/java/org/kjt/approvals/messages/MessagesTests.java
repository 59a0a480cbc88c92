package org.kjt.approvals.messages;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApiClient;
import org.kjt.approvals.support.Applications;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.Committed;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.TestMailServer;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP and a real SMTP server: the applicant is told when a notice is issued
 * (in the message centre and by e-mail), reminded once of a step of theirs that is due
 * within three working days; nobody reads another's messages; a mail a crashed node left
 * half-sent is sent by the next round.
 */
@ApprovalsTest
class MessagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Applications applications;

	@Autowired
	Tasks tasks;

	@Autowired
	MutableClock clock;

	@Autowired
	CaseNotifications notifications;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient api;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theApplicantIsToldOfEachNoticeInTheAppAndByMail() throws Exception {
		long id = this.applications.submittedUseLicence();
		String reference = this.api.get("/api/cases/" + id, "applicant", 200).get("referenceNo").asString();
		long unreadBefore = this.api.get("/api/messages/unread", "applicant", 200).get("unread").asLong();
		this.tasks.complete("jl-approval", id, "intake", "correct", "法人资格证明须补正",
				Map.of("items", Map.of("legal-status", "营业执照复印件未加盖公章")));

		JsonNode newest = about(id, "applicant");
		assertThat(newest.get("referenceNo").asString()).isEqualTo(reference);
		assertThat(newest.get("caseId").asLong()).isEqualTo(id);
		assertThat(newest.get("title").asString()).isEqualTo("请补正材料");
		assertThat(newest.get("body").asString()).contains(reference, "实验动物使用许可证核发", "补正");
		assertThat(newest.get("read").asBoolean()).isFalse();
		assertThat(this.api.get("/api/messages/unread", "applicant", 200).get("unread").asLong())
			.isEqualTo(unreadBefore + 1);
		// In the reader's language.
		assertThat(english(newest.get("id").asLong()).get("title").asString()).isEqualTo("Materials to correct");

		// Nobody else reads or marks it.
		long messageId = newest.get("id").asLong();
		assertThat(this.api.get("/api/messages?size=100", "applicant2", 200)
			.get("content")
			.findValuesAsString("referenceNo")).doesNotContain(reference);
		this.api.post("/api/messages/" + messageId + "/read", "applicant2", null, 404);
		this.api.post("/api/messages/" + messageId + "/read", "applicant", null, 204);
		assertThat(about(id, "applicant").get("read").asBoolean()).isTrue();

		// And by e-mail, in Chinese, with a link to the case.
		MimeMessage mail = awaitMail(reference);
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("applicant@example.cn");
		assertThat(mail.getSubject()).isEqualTo("请补正材料 · " + reference);
		assertThat(((String) mail.getContent())).contains("实验动物使用许可证核发", "/portal/case/" + id);
	}

	@Test
	void aStepDueWithinThreeWorkingDaysIsRemindedOnce() {
		// Correction notice on Tue 2026-12-01: to be answered by Thu 2026-12-31.
		this.clock.setDate(LocalDate.of(2026, 12, 1));
		long id = this.applications.submittedUseLicence();
		this.tasks.complete("jl-approval", id, "intake", "correct", "法人资格证明须补正",
				Map.of("items", Map.of("legal-status", "营业执照复印件未加盖公章")));
		// Fri 12-25: the 31st is four working days away, nothing yet.
		this.clock.setDate(LocalDate.of(2026, 12, 25));
		this.notifications.remindDeadlines();
		assertThat(reminders(id)).isZero();
		// Mon 12-28: three working days away.
		this.clock.setDate(LocalDate.of(2026, 12, 28));
		assertThat(this.notifications.remindDeadlines()).isPositive();
		assertThat(reminders(id)).isOne();
		// Every node, every morning: still one.
		this.notifications.remindDeadlines();
		this.clock.setDate(LocalDate.of(2026, 12, 29));
		this.notifications.remindDeadlines();
		assertThat(reminders(id)).isOne();
		JsonNode reminder = about(id, "applicant");
		assertThat(reminder.get("title").asString()).isEqualTo("申请人补正即将到期");
		assertThat(reminder.get("body").asString()).contains("2026-12-31");
	}

	@Test
	void aMailLeftHalfSentByACrashedNodeIsSentByTheNextRound() throws Exception {
		long id = this.applications.submittedUseLicence();
		String reference = this.api.get("/api/cases/" + id, "applicant", 200).get("referenceNo").asString();
		Committed.update(this.jdbc,
				"INSERT INTO apl_message (recipient, case_id, reference_no, kind, args_json, dedupe_key,"
						+ " created_at, mail_state, mail_to, mail_claimed_at, mail_attempts)"
						+ " VALUES ('applicant', ?, ?, 'NOTICE', ?, ?, ?, 'SENDING', 'applicant@example.cn', ?, 1)",
				id, reference, "[\"实验动物使用许可证核发\",\"ACCEPTANCE\",\"吉科审受字〔2026〕第9999号\",\"受理通知书\"]", "test:" + reference,
				Timestamp.from(Instant.now()), Timestamp.from(this.clock.instant().minus(Duration.ofMinutes(11))));
		this.outbox.round();
		assertThat(awaitMail(reference).getSubject()).isEqualTo("申请已受理 · " + reference);
		assertThat(this.jdbc.queryForObject("SELECT mail_state FROM apl_message WHERE dedupe_key = ?", String.class,
				"test:" + reference))
			.isEqualTo("SENT");
	}

	private JsonNode english(long messageId) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/messages?size=100"))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString("applicant:demo".getBytes(StandardCharsets.UTF_8)))
				.header("Accept-Language", "en")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		for (JsonNode message : ApiClient.json(response.body()).get("content")) {
			if (message.get("id").asLong() == messageId) {
				return message;
			}
		}
		throw new AssertionError("No message " + messageId);
	}

	/**
	 * The newest message about a case (other tests move the clock, so not the newest of
	 * all).
	 */
	private JsonNode about(long caseId, String user) {
		for (JsonNode message : this.api.get("/api/messages?size=100", user, 200).get("content")) {
			if (message.get("caseId").asLong() == caseId) {
				return message;
			}
		}
		throw new AssertionError("No message about case " + caseId);
	}

	private int reminders(long caseId) {
		Integer count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM apl_message WHERE case_id = ? AND kind = 'DEADLINE_SOON'", Integer.class, caseId);
		return (count != null) ? count : 0;
	}

	private MimeMessage awaitMail(String reference) throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < until) {
			List<MimeMessage> found = Arrays.stream(TestMailServer.server().getReceivedMessages()).filter((mail) -> {
				try {
					return mail.getSubject().contains(reference);
				}
				catch (Exception ex) {
					return false;
				}
			}).toList();
			if (!found.isEmpty()) {
				return found.get(found.size() - 1);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No mail about " + reference);
	}

}
