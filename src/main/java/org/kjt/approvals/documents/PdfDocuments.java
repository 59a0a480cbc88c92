package org.kjt.approvals.documents;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Makes official documents PDF: A4 with the margins of Party and government documents
 * (GB/T 9704), title, document number, text, the issuer with a place for the seal, the
 * date in Chinese, and a QR code to the document's public verification page. The Chinese
 * font is embedded (subset), so the text renders and can be selected and searched on a
 * machine without Chinese fonts.
 */
@Service
public class PdfDocuments {

	static final String FONT = "fonts/NotoSansSC-Regular-GB2312.ttf";

	private static final float MM = 72f / 25.4f;

	private static final float TOP = 37 * MM;

	private static final float BOTTOM = 35 * MM;

	private static final float LEFT = 28 * MM;

	private static final float RIGHT = 26 * MM;

	private static final float TITLE_SIZE = 22;

	private static final float TEXT_SIZE = 15;

	private static final float LEADING = 27;

	private static final Color SEAL_RED = new Color(0xC8, 0x10, 0x2E);

	/**
	 * A character the font lacks is shown as this, not dropped or failing the document.
	 */
	private static final char MISSING = '□';

	private final byte[] font;

	private final MessageSource messages;

	private final ZoneId zone;

	PdfDocuments(MessageSource messages, Clock clock) throws IOException {
		this.messages = messages;
		this.zone = clock.getZone();
		try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
			this.font = in.readAllBytes();
		}
	}

	/** Official documents are in Chinese whatever the reader's language. */
	private String zh(String key) {
		return this.messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * The document as PDF.
	 * @param document what it says
	 * @return the PDF's bytes
	 */
	public byte[] render(OfficialDocument document) {
		try (PDDocument pdf = new PDDocument()) {
			PDType0Font font = PDType0Font.load(pdf, new ByteArrayInputStream(this.font), true);
			Writer writer = new Writer(pdf, font, zh("document.pdf.seal"), zh("document.pdf.scan"));
			writer.centred(document.title(), TITLE_SIZE);
			if (document.number() != null) {
				writer.centred(document.number(), TEXT_SIZE);
			}
			writer.gap(LEADING / 2);
			for (OfficialDocument.Fact fact : document.facts()) {
				if (fact.value() != null && !fact.value().isBlank()) {
					writer.paragraph(fact.label() + "：" + fact.value(), TEXT_SIZE, false);
				}
			}
			if (!document.facts().isEmpty()) {
				writer.gap(LEADING / 2);
			}
			List<String> lines = body(document);
			for (int i = 0; i < lines.size(); i++) {
				String paragraph = lines.get(i);
				if (paragraph.isBlank()) {
					writer.gap(LEADING / 3);
				}
				else {
					// The addressee (first line, ending in a colon) is not indented.
					boolean addressee = i == 0 && paragraph.strip().matches(".*[:：]$");
					writer.paragraph(paragraph, TEXT_SIZE, addressee);
				}
			}
			writer.signature(document.issuer(), chineseDate(document));
			if (document.verifyUrl() != null) {
				writer.qr(document.verifyUrl());
			}
			writer.close();
			PDDocumentInformation info = pdf.getDocumentInformation();
			info.setTitle(document.title() + ((document.number() != null) ? " " + document.number() : ""));
			info.setAuthor(document.issuer());
			info.setCreator(zh("document.pdf.creator"));
			info.setCreationDate(GregorianCalendar.from(document.issuedOn().atStartOfDay(this.zone)));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF of " + document.title() + " could not be made", ex);
		}
	}

	/**
	 * The text's lines without the issuer and date it may end with: the signature block
	 * prints those, under the seal.
	 */
	private static List<String> body(OfficialDocument document) {
		List<String> lines = new ArrayList<>(List.of(document.body().split("\\R")));
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
			lines.remove(lines.size() - 1);
		}
		int last = lines.size() - 1;
		if (last >= 1 && lines.get(last).strip().matches("\\d{4}年\\d{1,2}月\\d{1,2}日")
				&& lines.get(last - 1).strip().equals(document.issuer())) {
			lines.subList(last - 1, lines.size()).clear();
		}
		return lines;
	}

	private static String chineseDate(OfficialDocument document) {
		return document.issuedOn().getYear() + "年" + document.issuedOn().getMonthValue() + "月"
				+ document.issuedOn().getDayOfMonth() + "日";
	}

	/** Writes down the page, starting a new page when one is full. */
	private static final class Writer {

		private final PDDocument pdf;

		private final PDType0Font font;

		private final String sealPlace;

		private final String scan;

		private final Map<Character, Boolean> printable = new HashMap<>();

		private final float width = PDRectangle.A4.getWidth() - LEFT - RIGHT;

		private PDPageContentStream content;

		private float y;

		Writer(PDDocument pdf, PDType0Font font, String sealPlace, String scan) throws IOException {
			this.pdf = pdf;
			this.font = font;
			this.sealPlace = sealPlace;
			this.scan = scan;
			newPage();
		}

		private void newPage() throws IOException {
			if (this.content != null) {
				this.content.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			this.pdf.addPage(page);
			this.content = new PDPageContentStream(this.pdf, page);
			this.y = PDRectangle.A4.getHeight() - TOP;
		}

		private void room(float height) throws IOException {
			if (this.y - height < BOTTOM) {
				newPage();
			}
		}

		void gap(float height) {
			this.y -= height;
		}

		void centred(String text, float size) throws IOException {
			for (String line : wrap(printable(text), size, this.width)) {
				room(size * 1.6f);
				float x = LEFT + (this.width - textWidth(line, size)) / 2;
				show(line, x, this.y - size, size);
				this.y -= size * 1.6f;
			}
		}

		/**
		 * A paragraph, its first line indented two characters as Chinese text is (unless
		 * it is flush, as the addressee).
		 */
		void paragraph(String text, float size, boolean flush) throws IOException {
			String printable = (flush ? "" : "\u3000\u3000") + printable(text.strip());
			for (String line : wrap(printable, size, this.width)) {
				room(LEADING);
				show(line, LEFT, this.y - size, size);
				this.y -= LEADING;
			}
		}

		/** The issuer and date at the right, a red ring where the seal goes over them. */
		void signature(String issuer, String date) throws IOException {
			float blockHeight = 130;
			room(blockHeight);
			this.y -= LEADING;
			float right = LEFT + this.width - 2 * TEXT_SIZE;
			float issuerWidth = textWidth(printable(issuer), TEXT_SIZE);
			float dateWidth = textWidth(date, TEXT_SIZE);
			float centreX = right - Math.max(issuerWidth, dateWidth) / 2;
			float centreY = this.y - TEXT_SIZE * 1.2f;
			float radius = 42;
			this.content.setStrokingColor(SEAL_RED);
			this.content.setNonStrokingColor(SEAL_RED);
			this.content.setLineWidth(1.5f);
			circle(centreX, centreY, radius);
			this.content.stroke();
			String place = this.sealPlace;
			show(place, centreX - textWidth(place, 9) / 2, centreY - radius + 8, 9);
			this.content.setNonStrokingColor(Color.BLACK);
			show(printable(issuer), right - issuerWidth, this.y - TEXT_SIZE, TEXT_SIZE);
			this.y -= LEADING;
			show(date, right - dateWidth, this.y - TEXT_SIZE, TEXT_SIZE);
			this.y -= LEADING * 2;
		}

		/** The QR code, drawn as squares (sharp at any zoom), with what it is for. */
		void qr(String url) throws IOException {
			BitMatrix matrix;
			try {
				Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
				hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
				hints.put(EncodeHintType.MARGIN, 0);
				matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, hints);
			}
			catch (WriterException ex) {
				throw new IllegalArgumentException("No QR code for " + url, ex);
			}
			float size = 28 * MM;
			float module = size / matrix.getWidth();
			room(size + 30);
			float top = this.y;
			this.content.setNonStrokingColor(Color.BLACK);
			for (int row = 0; row < matrix.getHeight(); row++) {
				for (int column = 0; column < matrix.getWidth(); column++) {
					if (matrix.get(column, row)) {
						this.content.addRect(LEFT + column * module, top - (row + 1) * module, module, module);
					}
				}
			}
			this.content.fill();
			// Text keeps the quiet zone a scanner needs (four modules) clear.
			float textLeft = LEFT + size + Math.max(6 * module, 16);
			show(this.scan, textLeft, top - 14, 10.5f);
			for (String line : wrap(url, 8, LEFT + this.width - textLeft)) {
				show(line, textLeft, top - 30, 8);
				top -= 11;
			}
			this.y -= size + 10;
		}

		void close() throws IOException {
			this.content.close();
		}

		private void show(String text, float x, float y, float size) throws IOException {
			this.content.beginText();
			this.content.setFont(this.font, size);
			this.content.newLineAtOffset(x, y);
			this.content.showText(text);
			this.content.endText();
		}

		private void circle(float cx, float cy, float r) throws IOException {
			// Four Bézier arcs.
			float k = 0.5523f * r;
			this.content.moveTo(cx + r, cy);
			this.content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
			this.content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
			this.content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
			this.content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
		}

		private float textWidth(String text, float size) throws IOException {
			return this.font.getStringWidth(text) / 1000 * size;
		}

		/**
		 * Breaks at any character (Chinese has no spaces), keeping Latin words whole when
		 * it can.
		 */
		private List<String> wrap(String text, float size, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			int lastSpace = -1;
			for (int i = 0; i < text.length(); i++) {
				char next = text.charAt(i);
				line.append(next);
				if (next == ' ') {
					lastSpace = line.length();
				}
				if (textWidth(line.toString(), size) > width) {
					int cut = (lastSpace > 0 && lastSpace < line.length()) ? lastSpace : line.length() - 1;
					lines.add(line.substring(0, cut).stripTrailing());
					String rest = line.substring(cut);
					line.setLength(0);
					line.append(rest);
					lastSpace = -1;
				}
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
			}
			return lines;
		}

		private boolean printable(char next) {
			return this.printable.computeIfAbsent(next, (character) -> {
				try {
					this.font.encode(String.valueOf(character));
					return true;
				}
				catch (IllegalArgumentException | IOException ex) {
					// The font has no glyph for it.
					return false;
				}
			});
		}

		private String printable(String text) throws IOException {
			StringBuilder out = new StringBuilder(text.length());
			for (int i = 0; i < text.length(); i++) {
				char next = text.charAt(i);
				if (Character.isISOControl(next)) {
					continue;
				}
				out.append(printable(next) ? next : MISSING);
			}
			return out.toString();
		}

	}

}
