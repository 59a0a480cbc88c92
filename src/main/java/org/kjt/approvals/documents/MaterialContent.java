package org.kjt.approvals.documents;

/**
 * An uploaded material with its bytes.
 *
 * @param meta metadata
 * @param bytes content
 */
public record MaterialContent(StoredMaterial meta, byte[] bytes) {

}
