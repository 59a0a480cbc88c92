/**
 * REST endpoints of the staff task queues.
 */
package org.kjt.approvals.inbox.api;
