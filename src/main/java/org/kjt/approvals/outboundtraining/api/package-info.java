/**
 * REST API of outbound training: publicity, change of participants, revision, report,
 * withdrawal.
 */
package org.kjt.approvals.outboundtraining.api;
