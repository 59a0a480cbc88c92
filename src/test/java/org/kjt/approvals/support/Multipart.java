package org.kjt.approvals.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A material upload as a browser sends it: {@code multipart/form-data} with a boundary.
 */
public final class Multipart {

	/** The boundary of {@link #material}'s body. */
	public static final String BOUNDARY = "approvalsTestBoundary";

	/** The content type header of {@link #material}'s body. */
	public static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

	private Multipart() {
	}

	/**
	 * The body of {@code POST /api/cases/{id}/materials}.
	 * @param material checklist code
	 * @param fileName the file's name
	 * @param content the file
	 * @return the body
	 */
	public static byte[] material(String material, String fileName, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"material\"\r\n\r\n" + material
				+ "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

}
