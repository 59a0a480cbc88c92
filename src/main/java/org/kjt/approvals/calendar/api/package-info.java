/**
 * Public REST endpoints of the working-day calendar.
 */
@NullMarked
package org.kjt.approvals.calendar.api;

import org.jspecify.annotations.NullMarked;
