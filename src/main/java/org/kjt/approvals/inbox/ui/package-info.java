/**
 * The staff workbench: queues and the task form.
 */
@NullMarked
package org.kjt.approvals.inbox.ui;

import org.jspecify.annotations.NullMarked;
