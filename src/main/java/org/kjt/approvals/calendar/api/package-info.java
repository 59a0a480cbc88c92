/**
 * Public REST endpoints of the working-day calendar.
 */
package org.kjt.approvals.calendar.api;
