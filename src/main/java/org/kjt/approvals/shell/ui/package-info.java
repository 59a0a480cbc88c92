/**
 * Vaadin layout and start page.
 */
@NullMarked
package org.kjt.approvals.shell.ui;

import org.jspecify.annotations.NullMarked;
