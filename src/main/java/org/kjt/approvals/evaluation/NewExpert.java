package org.kjt.approvals.evaluation;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An expert to add to the pool, or the new particulars of one (username and password are
 * then ignored).
 *
 * @param username their log-in
 * @param password their initial password
 * @param name name
 * @param organisationName their organisation
 * @param creditCode its unified social credit code
 * @param disciplines their fields (at least one for a technical expert)
 * @param kind technical, financial or management
 * @param contact telephone or e-mail
 */
public record NewExpert(@Nullable String username, @Nullable String password, @Nullable String name,
		@Nullable String organisationName, @Nullable String creditCode, @Nullable Set<Discipline> disciplines,
		@Nullable ExpertKind kind, @Nullable String contact) {

}
