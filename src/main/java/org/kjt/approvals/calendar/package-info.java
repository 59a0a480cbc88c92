/**
 * Working days from the State Council's holiday calendars (行政许可法 Art. 82), as data.
 */
@NullMarked
package org.kjt.approvals.calendar;

import org.jspecify.annotations.NullMarked;
