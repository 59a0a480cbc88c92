/**
 * The message centre page.
 */
@NullMarked
package org.kjt.approvals.messages.ui;

import org.jspecify.annotations.NullMarked;
