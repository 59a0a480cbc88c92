package org.kjt.approvals.cases;

import org.kjt.approvals.security.AppUser;

/**
 * Readers from outside the department who may read a case's application materials while
 * their work on it stands (an expert on its panel): a module that seats them says so. The
 * case machinery asks, and knows nothing of panels.
 */
public interface OutsideReaders {

	/**
	 * Whether the user may read the case's materials now.
	 * @param user the caller
	 * @param caseId the case
	 * @return true if so
	 */
	boolean mayReadMaterials(AppUser user, long caseId);

}
