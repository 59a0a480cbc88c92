package org.kjt.approvals.support;

import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseView;

import org.springframework.stereotype.Component;

/** A case as one user sees it, through the read service the UI and the REST API use. */
@Component
public class CaseViews {

	private final CaseQueries queries;

	private final Users users;

	CaseViews(CaseQueries queries, Users users) {
		this.queries = queries;
		this.users = users;
	}

	/**
	 * The case as a user sees it (masking and history as for that user).
	 * @param user demo user name
	 * @param caseId case
	 * @return the view
	 */
	public CaseView as(String user, long caseId) {
		return this.users.as(user, () -> this.queries.get(caseId));
	}

}
