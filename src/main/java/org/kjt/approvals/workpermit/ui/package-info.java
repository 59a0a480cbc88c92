/**
 * The employer's work-permit pages: cards to apply for after entry, their cards,
 * extension, change and cancellation.
 */
@NullMarked
package org.kjt.approvals.workpermit.ui;

import org.jspecify.annotations.NullMarked;
