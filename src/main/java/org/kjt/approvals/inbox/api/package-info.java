/**
 * REST endpoints of the staff task queues.
 */
@NullMarked
package org.kjt.approvals.inbox.api;

import org.jspecify.annotations.NullMarked;
