package org.kjt.approvals.documents;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.PdfReading;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF maker alone: long texts run onto further A4 pages, a character the embedded
 * font lacks shows as a box instead of failing the document, and the QR code scans for
 * any address.
 */
class PdfDocumentsTests {

	private final PdfDocuments pdfs;

	PdfDocumentsTests() throws IOException {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/documents");
		messages.setDefaultEncoding("UTF-8");
		this.pdfs = new PdfDocuments(messages, Clock.system(ZoneId.of("Asia/Shanghai")));
	}

	@Test
	void aLongTextRunsOntoMorePagesAndItsQrCodeScans() {
		for (int round = 0; round < 8; round++) {
			String url = "https://approvals.example.cn/verify-permit?number=LNWP2026" + (100_000 + round * 7919);
			String body = "沈阳示例单位:\n" + "依据《中华人民共和国行政许可法》第三十八条，本机关决定准予许可。".repeat(10 + round * 6)
					+ "\n\n辽宁省科学技术厅\n2026年12月1日";
			byte[] pdf = this.pdfs.render(new OfficialDocument("辽宁省科学技术厅", "准予行政许可决定书", "辽科审准字〔2026〕第0001号", body,
					List.of(new OfficialDocument.Fact("持证单位", "沈阳示例单位"), new OfficialDocument.Fact("空", null)),
					LocalDate.of(2026, 12, 1), url));
			PdfReading read = PdfReading.of(pdf);
			assertThat(read.a4()).isTrue();
			assertThat(read.allEmbedded()).isTrue();
			assertThat(read.qr()).as("round " + round).isEqualTo(url);
			assertThat(read.text()).contains("准予行政许可决定书", "持证单位：沈阳示例单位").doesNotContain("空：");
			// The body's own signature is printed once, in the signature block.
			assertThat(read.text().split("2026年12月1日", -1)).hasSize(2);
		}
	}

	@Test
	void aCharacterTheFontLacksIsABox() {
		byte[] pdf = this.pdfs.render(new OfficialDocument("吉林省科学技术厅", "受理通知书", null, "王堃同志：材料齐全。", List.of(),
				LocalDate.of(2026, 12, 1), null));
		PdfReading read = PdfReading.of(pdf);
		assertThat(read.text()).contains("王□同志").contains("材料齐全");
		assertThat(read.qr()).isNull();
	}

}
