/**
 * The unit's outbound-training pages: its trips, publicity, changes and post-return
 * report.
 */
@NullMarked
package org.kjt.approvals.outboundtraining.ui;

import org.jspecify.annotations.NullMarked;
