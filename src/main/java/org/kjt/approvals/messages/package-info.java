/**
 * Messages to applicants when something happens to their case (a written notice issued,
 * one of their deadlines near): a message centre in the app, and e-mail sent from the
 * same table as an outbox.
 */
@NullMarked
package org.kjt.approvals.messages;

import org.jspecify.annotations.NullMarked;
