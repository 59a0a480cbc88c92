/**
 * REST endpoints of the signed-in user's messages.
 */
@NullMarked
package org.kjt.approvals.messages.api;

import org.jspecify.annotations.NullMarked;
