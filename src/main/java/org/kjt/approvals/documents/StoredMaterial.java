package org.kjt.approvals.documents;

import java.time.Instant;

/**
 * An uploaded material's metadata.
 *
 * @param id id
 * @param caseRef the case it belongs to
 * @param materialCode checklist code
 * @param fileName sanitised file name
 * @param type type detected from the content
 * @param contentType MIME type
 * @param size bytes
 * @param sha256 SHA-256 of the content, hex
 * @param uploadedAt uploaded
 * @param uploadedBy user name
 */
public record StoredMaterial(long id, String caseRef, String materialCode, String fileName, FileType type,
		String contentType, long size, String sha256, Instant uploadedAt, String uploadedBy) {

}
