package org.kjt.approvals.workpermit;

import org.kjt.approvals.cases.HistoryType;

/** History entries only work-permit cases have. */
enum WorkPermitHistoryType implements HistoryType {

	CARD_APPLIED, CARD_ISSUED

}
