/**
 * Log-in and registration views.
 */
@NullMarked
package org.kjt.approvals.security.ui;

import org.jspecify.annotations.NullMarked;
