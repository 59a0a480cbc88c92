package org.kjt.approvals.documents;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as an HTTP download: its type, its name (UTF-8, as Chinese names need).
 */
public final class Attachments {

	private Attachments() {
	}

	/**
	 * The answer of a download endpoint.
	 * @param content the file
	 * @return 200 with the file as an attachment
	 */
	public static ResponseEntity<byte[]> of(MaterialContent content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.meta().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(content.meta().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(content.bytes());
	}

}
