package org.kjt.approvals.cases;

import java.util.Set;

/**
 * History entry types a module keeps from the applicant's view of the case (e.g. who sits
 * on an expert panel, who objected): the department reads them, the applicant reads the
 * written notices instead.
 */
public interface StaffOnlyHistory {

	/**
	 * The entry types the applicant does not see.
	 * @return their codes
	 */
	Set<String> staffOnlyTypes();

}
