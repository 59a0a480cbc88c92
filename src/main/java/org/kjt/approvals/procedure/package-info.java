/**
 * The administrative-licensing procedure that licensing and work permits share: Art. 32
 * intake and the one correction notice, Art. 38 decision with remedies, Art. 42 extension
 * and Art. 45 suspension.
 */
@NullMarked
package org.kjt.approvals.procedure;

import org.jspecify.annotations.NullMarked;
