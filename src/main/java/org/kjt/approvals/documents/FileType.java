package org.kjt.approvals.documents;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file types materials may have, recognised by their content, not their name. */
public enum FileType {

	PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg", "jpeg"), PNG("image/png", "png"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	/** China's fixed-layout format (GB/T 33190), a zip with OFD.xml. */
	OFD("application/ofd", "ofd"), ZIP("application/zip", "zip");

	private final String contentType;

	private final List<String> extensions;

	FileType(String contentType, String... extensions) {
		this.contentType = contentType;
		this.extensions = List.of(extensions);
	}

	public String contentType() {
		return this.contentType;
	}

	public List<String> extensions() {
		return this.extensions;
	}

	/**
	 * Recognises a file by its first bytes (and, for zip containers, their entries).
	 * @param content the file
	 * @return the type, empty when not one of ours
	 */
	public static Optional<FileType> detect(byte[] content) {
		if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
			return Optional.of(zipKind(content));
		}
		return Optional.empty();
	}

	/**
	 * The type a file name's extension claims.
	 * @param fileName file name
	 * @return the type, empty for unknown extensions
	 */
	public static Optional<FileType> byExtension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		for (FileType type : values()) {
			if (type.extensions.contains(extension)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** What a zip container holds, from its directory: nothing is inflated. */
	private static FileType zipKind(byte[] content) {
		List<String> names = ZipDirectory.names(content);
		if (names == null) {
			// A damaged container is just a zip; the extension check decides.
			return ZIP;
		}
		if (names.contains("word/document.xml")) {
			return DOCX;
		}
		if (names.contains("xl/workbook.xml")) {
			return XLSX;
		}
		if (names.contains("OFD.xml")) {
			return OFD;
		}
		return ZIP;
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
