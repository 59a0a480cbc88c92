package org.kjt.approvals.licensing;

import org.kjt.approvals.cases.HistoryType;

/** History entries only licensing cases have (Art. 36, 47, 48). */
enum LicensingHistoryType implements HistoryType {

	HEARING_REQUESTED, HEARING_DECLINED, HEARING_WAIVED, HEARING_TRANSCRIPT, STATEMENTS

}
