/**
 * The unit's outbound-training pages: its trips, publicity, changes and post-return
 * report.
 */
package org.kjt.approvals.outboundtraining.ui;
