/**
 * Working days from the State Council's holiday calendars (行政许可法 Art. 82), as data.
 */
package org.kjt.approvals.calendar;
