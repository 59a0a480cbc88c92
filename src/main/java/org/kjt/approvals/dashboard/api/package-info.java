/**
 * REST endpoints of the dashboard: its figures as JSON and as an Excel workbook.
 */
@NullMarked
package org.kjt.approvals.dashboard.api;

import org.jspecify.annotations.NullMarked;
