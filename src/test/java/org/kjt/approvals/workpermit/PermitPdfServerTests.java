package org.kjt.approvals.workpermit;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.security.NewMember;
import org.kjt.approvals.security.Organisations;
import org.kjt.approvals.support.ApiClient;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.PdfReading;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: the work-permit card as a PDF for its employer and the divisions
 * handling work permits, its QR code opening the public verification of that card.
 */
@ApprovalsTest
class PermitPdfServerTests {

	@LocalServerPort
	int port;

	@Autowired
	WorkPermitFixtures fixtures;

	@Autowired
	WorkPermits permits;

	@Autowired
	Tasks tasks;

	@Autowired
	Users users;

	@Autowired
	MutableClock clock;

	@Autowired
	Organisations organisations;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theCardIsAPdfWhoseQrCodeVerifiesIt() {
		this.clock.setDate(WorkPermitFixtures.DAY);
		String passport = "P" + (1_000_000 + System.nanoTime() % 9_000_000);
		long id = this.fixtures.granted("applicant", "liaoning", WorkPermitFixtures.formB(passport));
		this.clock.setDate(LocalDate.of(2026, 12, 10));
		this.users.run("applicant", () -> this.permits.applyForCard(id, "2026-11-25"));
		this.tasks.complete("ln-approval", id, "cardIssue", "issue", "核发工作许可证", Map.of());
		String number = this.users.as("applicant", () -> this.permits.forCase(id)).orElseThrow().permitNumber();

		ApiClient api = new ApiClient(this.port);
		String path = "/api/permits/" + number + "/pdf";
		HttpResponse<byte[]> pdf = api.raw("GET", path, "applicant", "application/pdf", null, null);
		assertThat(pdf.statusCode()).isEqualTo(200);
		PdfReading.keep(pdf.body(), "permit-pdf");
		PdfReading read = PdfReading.of(pdf.body());
		assertThat(read.allEmbedded()).isTrue();
		assertThat(read.text()).contains("外国人工作许可证", number, "SMITH JOHN", passport, "高级工程师", "辽宁省科学技术厅");
		assertThat(read.qr()).endsWith("/verify-permit?number=" + number);
		assertThat(api.get("/api/permits/" + number, "applicant2", 200).get("status").asString()).isEqualTo("VALID");
		// The divisions handling work permits; not another employer, not another
		// department, nobody anonymous.
		assertThat(api.raw("GET", path, "ln-expert", "application/pdf", null, null).statusCode()).isEqualTo(200);
		assertThat(api.raw("GET", path, "applicant2", "application/pdf", null, null).statusCode()).isEqualTo(404);
		assertThat(api.raw("GET", path, "jl-approval", "application/pdf", null, null).statusCode()).isEqualTo(404);
		assertThat(api.raw("GET", path, null, "application/pdf", null, null).statusCode()).isEqualTo(401);

		// The card is the organisation's, not the applying account's: a colleague added
		// by
		// the organisation's administrator lists and prints it.
		String colleague = "wp-colleague-" + (System.nanoTime() % 1_000_000);
		this.users.run("applicant", () -> this.organisations
			.addMember(new NewMember(colleague, "Colleague-Pass-2026", "王同事", "13900000000", null)));
		assertThat(api.raw("GET", path, colleague + ":Colleague-Pass-2026", "application/pdf", null, null).statusCode())
			.isEqualTo(200);
		assertThat(api.send("GET", "/api/work-permits/mine?size=100", colleague, "Colleague-Pass-2026", null, 200)
			.get("content")
			.toString()).contains(number);
		assertThat(api.get("/api/work-permits/mine?size=100", "applicant2", 200).get("content").toString())
			.doesNotContain(number);
	}

}
