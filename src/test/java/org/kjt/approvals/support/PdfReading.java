package org.kjt.approvals.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF as its reader would: its text (selectable, so extractable), the fonts and
 * whether they are embedded, the page size, and the QR code as scanned from the rendered
 * page.
 *
 * @param text all the text
 * @param fonts names of the fonts used, each with whether it is embedded
 * @param a4 whether every page is A4
 * @param qr what the QR code on the last page says, or null
 */
public record PdfReading(String text, List<String> fonts, boolean allEmbedded, boolean a4, String qr) {

	public static PdfReading of(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			List<String> fonts = new ArrayList<>();
			boolean embedded = true;
			boolean a4 = true;
			for (PDPage page : document.getPages()) {
				a4 &= Math.abs(page.getMediaBox().getWidth() - PDRectangle.A4.getWidth()) < 1
						&& Math.abs(page.getMediaBox().getHeight() - PDRectangle.A4.getHeight()) < 1;
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					fonts.add(font.getName());
					embedded &= font.isEmbedded();
				}
			}
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 200);
			int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
			String qr;
			try {
				Result result = new QRCodeReader().decode(
						new BinaryBitmap(new HybridBinarizer(
								new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
						java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE));
				qr = result.getText();
			}
			catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException ex) {
				qr = null;
			}
			return new PdfReading(text, fonts, embedded, a4, qr);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Not a readable PDF", ex);
		}
	}

	/**
	 * Keeps a PDF and a picture of its first page under {@code target/screenshots}, to be
	 * looked at.
	 * @param pdf the PDF
	 * @param name file name without extension
	 */
	public static void keep(byte[] pdf, String name) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			java.nio.file.Path folder = java.nio.file.Path.of("target", "screenshots");
			java.nio.file.Files.createDirectories(folder);
			java.nio.file.Files.write(folder.resolve(name + ".pdf"), pdf);
			javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png",
					folder.resolve(name + ".png").toFile());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
