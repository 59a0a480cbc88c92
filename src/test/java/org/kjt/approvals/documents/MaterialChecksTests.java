package org.kjt.approvals.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads are recognised by their content, must match their name, and are named safely.
 */
class MaterialChecksTests {

	static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0 };

	static final Set<FileType> ALL = EnumSet.allOf(FileType.class);

	@Test
	void recognisesTypesByContent() throws IOException {
		assertThat(FileType.detect(PDF)).contains(FileType.PDF);
		assertThat(FileType.detect(PNG)).contains(FileType.PNG);
		assertThat(FileType.detect(JPEG)).contains(FileType.JPEG);
		assertThat(FileType.detect(zip("word/document.xml"))).contains(FileType.DOCX);
		assertThat(FileType.detect(zip("xl/workbook.xml"))).contains(FileType.XLSX);
		assertThat(FileType.detect(zip("OFD.xml"))).contains(FileType.OFD);
		assertThat(FileType.detect(zip("readme.txt"))).contains(FileType.ZIP);
		assertThat(FileType.detect("plain text".getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

	@Test
	void refusesMismatchesDisallowedTypesEmptyAndOversizedFiles() {
		assertThat(reason(() -> MaterialStore.check("申请书.pdf", PNG, ALL, 1000)))
			.isEqualTo(MaterialRejectedException.Reason.TYPE_MISMATCH);
		assertThat(reason(() -> MaterialStore.check("照片.png", PNG, EnumSet.of(FileType.PDF), 1000)))
			.isEqualTo(MaterialRejectedException.Reason.TYPE_NOT_ALLOWED);
		assertThat(reason(() -> MaterialStore.check("a.txt", "text".getBytes(StandardCharsets.UTF_8), ALL, 1000)))
			.isEqualTo(MaterialRejectedException.Reason.TYPE_NOT_ALLOWED);
		assertThat(reason(() -> MaterialStore.check("a.pdf", new byte[0], ALL, 1000)))
			.isEqualTo(MaterialRejectedException.Reason.EMPTY);
		assertThat(reason(() -> MaterialStore.check("a.pdf", PDF, ALL, PDF.length - 1)))
			.isEqualTo(MaterialRejectedException.Reason.TOO_LARGE);
		assertThat(reason(() -> MaterialStore.check("...", PDF, ALL, 1000)))
			.isEqualTo(MaterialRejectedException.Reason.BAD_NAME);
		assertThat(MaterialStore.check("scan.JPEG", JPEG, ALL, 1000).type()).isEqualTo(FileType.JPEG);
	}

	/**
	 * A zip bomb renamed .docx is refused from its directory alone, in milliseconds: no
	 * entry is inflated.
	 */
	@Test
	void refusesZipBombsWithoutInflatingThem() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int megabyte = 0; megabyte < 200; megabyte++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		byte[] bomb = bytes.toByteArray();
		assertThat(bomb.length).isLessThan(1024 * 1024);
		long started = System.nanoTime();
		assertThat(reason(() -> MaterialStore.check("报告.docx", bomb, ALL, 20 * 1024 * 1024)))
			.isEqualTo(MaterialRejectedException.Reason.UNSAFE_CONTAINER);
		assertThat(System.nanoTime() - started).isLessThan(1_000_000_000L);
		// Many entries are refused as such.
		ByteArrayOutputStream many = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(many)) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.closeEntry();
			for (int entry = 0; entry <= ZipDirectory.MAX_ENTRIES; entry++) {
				zip.putNextEntry(new ZipEntry("e" + entry));
				zip.closeEntry();
			}
		}
		assertThat(reason(() -> MaterialStore.check("报告.docx", many.toByteArray(), ALL, 20 * 1024 * 1024)))
			.isEqualTo(MaterialRejectedException.Reason.UNSAFE_CONTAINER);
		// A document of ordinary text is accepted.
		assertThat(MaterialStore.check("报告.docx", zip("word/document.xml"), ALL, 1024 * 1024).type())
			.isEqualTo(FileType.DOCX);
	}

	@Test
	void sanitisesNames() {
		assertThat(FileNames.sanitise("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
		assertThat(FileNames.sanitise("C:\\docs\\申请书.pdf")).isEqualTo("申请书.pdf");
		assertThat(FileNames.sanitise("re\u0000port\u0007<1>.pdf")).isEqualTo("report1.pdf");
		assertThat(FileNames.sanitise("CON.pdf")).isEqualTo("_CON.pdf");
		assertThat(FileNames.sanitise(".hidden.pdf")).isEqualTo("hidden.pdf");
		String longName = FileNames.sanitise("长".repeat(300) + ".pdf");
		assertThat(longName).hasSize(120).endsWith(".pdf");
	}

	@Test
	void sha256OfTheContent() {
		assertThat(MaterialStore.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	private static MaterialRejectedException.Reason reason(Runnable check) {
		try {
			check.run();
		}
		catch (MaterialRejectedException ex) {
			return ex.reason();
		}
		throw new AssertionError("not refused");
	}

	private static byte[] zip(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
