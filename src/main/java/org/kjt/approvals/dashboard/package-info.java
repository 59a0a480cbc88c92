/**
 * 统计看板: figures per division and service item for heads and leaders, drawn by SQL from
 * the cases and the queues, and their Excel export.
 */
@NullMarked
package org.kjt.approvals.dashboard;

import org.jspecify.annotations.NullMarked;
