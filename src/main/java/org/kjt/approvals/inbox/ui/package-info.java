/**
 * The staff workbench: queues and the task form.
 */
package org.kjt.approvals.inbox.ui;
