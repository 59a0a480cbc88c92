package org.kjt.approvals.licensing;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.support.ApiClient;
import org.kjt.approvals.support.KaribuSupport;
import org.kjt.approvals.support.PdfReading;
import org.kjt.approvals.support.Users;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Over real HTTP: notices and licences as PDF, A4, the Chinese text selectable in an
 * embedded font, with a QR code that, scanned from the rendered page, opens the public
 * verification page, which shows the licence; only those who may see them get them.
 */
class LicencePdfServerTests extends KaribuSupport {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Licences licences;

	@Autowired
	LicensingFixtures licensing;

	@Autowired
	LicenceRepository repository;

	@Autowired
	Accounts accounts;

	ApiClient api;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void aNoticeIsAPdfWithItsFontEmbedded() {
		long id = this.licensing.accepted("applicant2", "liaoning");
		JsonNode notice = this.api.get("/api/cases/" + id, "applicant2", 200).get("notices").get(0);
		HttpResponse<byte[]> pdf = this.api.raw("GET", "/api/cases/" + id + "/notices/0", "applicant2",
				"application/pdf", null, null);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		PdfReading.keep(pdf.body(), "notice-pdf");
		PdfReading read = PdfReading.of(pdf.body());
		assertThat(read.a4()).isTrue();
		assertThat(read.allEmbedded()).isTrue();
		assertThat(read.fonts()).allMatch((font) -> font.contains("NotoSansSC"));
		assertThat(read.text()).contains(notice.get("title").asString(), notice.get("number").asString(), "辽宁省科学技术厅",
				"（印章）");
		String reference = this.api.get("/api/cases/" + id, "applicant2", 200).get("referenceNo").asString();
		assertThat(read.qr()).endsWith("/progress?reference=" + reference);
		// The page stays for browsers; others' cases are not found; nobody anonymous.
		assertThat(this.api.raw("GET", "/api/cases/" + id + "/notices/0", "applicant2", "text/html", null, null)
			.headers()
			.firstValue("Content-Type")
			.orElse("")).startsWith("text/html");
		assertThat(this.api.raw("GET", "/api/cases/" + id + "/notices/0", "applicant", "application/pdf", null, null)
			.statusCode()).isEqualTo(404);
		assertThat(this.api.raw("GET", "/api/cases/" + id + "/notices/0", null, "application/pdf", null, null)
			.statusCode()).isEqualTo(401);
	}

	@Test
	void aLicenceIsAPdfWhoseQrCodeVerifiesIt() {
		long id = this.licensing.submitted("applicant2", "liaoning");
		String number = "SCXK(辽)2026-Q" + System.nanoTime() % 100_000;
		this.repository.save(new Licence(number, id, "liaoning", "lab-animal-production", "沈阳示例实验动物中心有限公司",
				this.accounts.find("applicant2").orElseThrow().creditCode(), "SPF级 SD 大鼠", LocalDate.of(2026, 7, 1),
				LocalDate.of(2031, 6, 30)));
		String path = "/api/licences/" + URLEncoder.encode(number, StandardCharsets.UTF_8).replace("+", "%20") + "/pdf";
		HttpResponse<byte[]> pdf = this.api.raw("GET", path, "applicant2", "application/pdf", null, null);
		assertThat(pdf.statusCode()).isEqualTo(200);
		PdfReading.keep(pdf.body(), "licence-pdf");
		PdfReading read = PdfReading.of(pdf.body());
		assertThat(read.allEmbedded()).isTrue();
		assertThat(read.text()).contains("实验动物生产许可证", number, "沈阳示例实验动物中心有限公司", "SPF级 SD 大鼠", "2031-06-30");
		String verifyUrl = read.qr();
		assertThat(verifyUrl).contains("/verify-licence?number=");
		// The division handling the item gets it; another division and others do not.
		assertThat(this.api.raw("GET", path, "ln-approval", "application/pdf", null, null).statusCode()).isEqualTo(200);
		assertThat(this.api.raw("GET", path, "ln-expert", "application/pdf", null, null).statusCode()).isEqualTo(403);
		assertThat(this.api.raw("GET", path, "applicant", "application/pdf", null, null).statusCode()).isEqualTo(404);
		assertThat(this.api.raw("GET", path, null, "application/pdf", null, null).statusCode()).isEqualTo(401);
		// An expert's account carries the credit code of the body it works for: not the
		// holder for all that.
		String expert = "pdf-expert-" + System.nanoTime() % 100_000;
		AppUser pool = this.accounts.find("ln-enterprise").orElseThrow();
		this.accounts.createExpert(expert, "Panel-Expert-2027!", "测试专家", "liaoning", pool.divisionCode(),
				"沈阳示例实验动物中心有限公司", this.accounts.find("applicant2").orElseThrow().creditCode());
		assertThatThrownBy(() -> this.users.run(expert, () -> this.licences.pdf(number)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("licence.error.notFound");

		// What the QR code opens: the public verification page, at once.
		String query = verifyUrl.substring(verifyUrl.indexOf("number=") + "number=".length());
		UI.getCurrent()
			.navigate("verify-licence",
					QueryParameters.of("number", java.net.URLDecoder.decode(query, StandardCharsets.UTF_8)));
		assertThat(_get(Span.class, (spec) -> spec.withId("verify-licence-status")).getText()).isIn("有效", "Valid");
	}

}
