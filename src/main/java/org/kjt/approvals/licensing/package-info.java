/**
 * Administrative licensing (行政许可): the licensing process's decision step and the licences
 * it issues, verifiable by anyone.
 */
@NullMarked
package org.kjt.approvals.licensing;

import org.jspecify.annotations.NullMarked;
