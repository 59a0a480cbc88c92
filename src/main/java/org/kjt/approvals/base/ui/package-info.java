/**
 * UI helpers every area's views share: the app shell, refusal messages and printable page
 * links.
 */
@NullMarked
package org.kjt.approvals.base.ui;

import org.jspecify.annotations.NullMarked;
