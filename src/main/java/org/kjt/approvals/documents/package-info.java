/**
 * Uploaded materials (checked by content, stored with a SHA-256) and written notices with
 * gap-free document numbers.
 */
@NullMarked
package org.kjt.approvals.documents;

import org.jspecify.annotations.NullMarked;
