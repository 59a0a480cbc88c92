package org.kjt.approvals.outboundtraining;

import org.kjt.approvals.cases.HistoryType;

/** History entries only outbound-training cases have. */
enum OutboundHistoryType implements HistoryType {

	SIGN_OFF_ROUTE, PUBLICITY_SUBMITTED, PUBLICITY_CONFIRMED, PUBLICITY_REFUSED, REPORT_FILED

}
