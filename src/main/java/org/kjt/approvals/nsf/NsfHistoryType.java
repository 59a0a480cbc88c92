package org.kjt.approvals.nsf;

import org.kjt.approvals.cases.HistoryType;

/** History entries only natural-science fund projects have. */
enum NsfHistoryType implements HistoryType {

	TASK_BOOK_SUBMITTED

}
