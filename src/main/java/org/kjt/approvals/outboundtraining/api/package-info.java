/**
 * REST API of outbound training: publicity, change of participants, revision, report,
 * withdrawal.
 */
@NullMarked
package org.kjt.approvals.outboundtraining.api;

import org.jspecify.annotations.NullMarked;
