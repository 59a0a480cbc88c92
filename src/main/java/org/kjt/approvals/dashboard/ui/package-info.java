/**
 * The dashboard page for heads, leaders and admins.
 */
@NullMarked
package org.kjt.approvals.dashboard.ui;

import org.jspecify.annotations.NullMarked;
