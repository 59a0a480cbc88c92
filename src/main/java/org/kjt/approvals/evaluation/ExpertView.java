package org.kjt.approvals.evaluation;

import java.util.Set;

/**
 * An expert of the pool as the division that manages it sees them.
 *
 * @param id expert id
 * @param username their log-in
 * @param name name
 * @param organisationName their organisation
 * @param creditCode its unified social credit code
 * @param disciplines their fields
 * @param kind technical, financial or management
 * @param contact telephone or e-mail
 * @param active whether they are drawn
 */
public record ExpertView(long id, String username, String name, String organisationName, String creditCode,
		Set<Discipline> disciplines, ExpertKind kind, String contact, boolean active) {

	static ExpertView of(Expert expert) {
		return new ExpertView(expert.getId(), expert.getUsername(), expert.getName(), expert.getOrganisationName(),
				expert.getCreditCode(), expert.disciplines(), expert.getKind(), expert.getContact(), expert.isActive());
	}

}
