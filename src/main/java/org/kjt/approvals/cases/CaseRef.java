package org.kjt.approvals.cases;

import org.jspecify.annotations.Nullable;

/**
 * What a write tells its caller: which case, and where it stands now. The full read view
 * is {@link CaseQueries#get}.
 *
 * @param id case id
 * @param referenceNo reference number
 * @param status where the case stands
 * @param step the current step, if any
 * @param queryCode the code printed on the receipt that, with the reference number, shows
 * the case's progress without logging in (once submitted)
 */
public record CaseRef(long id, String referenceNo, CaseStatus status, @Nullable String step,
		@Nullable String queryCode) {

	static CaseRef of(CaseFile file) {
		return new CaseRef(file.getId(), file.getReferenceNo(), file.getStatus(), file.getCurrentStep(),
				file.getQueryCode());
	}

}
