package org.kjt.approvals.procedure;

import java.util.List;

import org.kjt.approvals.cases.CaseFacts;
import org.kjt.approvals.cases.CaseRules;
import org.kjt.approvals.cases.Steps;

/**
 * The rules of a process whose cases are applications under the 行政许可法: intake within the
 * Art. 32 limit, and no second correction notice once one has been issued.
 */
public interface LicenceApplicationRules extends CaseRules {

	@Override
	default int intakeWorkingDays() {
		return LicensingProcedure.INTAKE_WORKING_DAYS;
	}

	@Override
	default List<String> offered(Steps.Step step, CaseFacts facts) {
		return LicensingProcedure.offered(step, facts);
	}

}
