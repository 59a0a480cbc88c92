/**
 * Staff task queues served from our own indexed table, kept in step with the engine in
 * its transaction: group queue, my tasks, claim, transfer, complete.
 */
@NullMarked
package org.kjt.approvals.inbox;

import org.jspecify.annotations.NullMarked;
