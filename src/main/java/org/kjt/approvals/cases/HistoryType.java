package org.kjt.approvals.cases;

/**
 * The type of a history entry. The case machinery's own types are
 * {@link CaseHistoryType}; a process module adds an enum of its own, so the stored code
 * is always an enum constant's name.
 */
public interface HistoryType {

	/**
	 * The code stored with the entry and used as the key of its name in the bundles
	 * ({@code history.<code>}).
	 * @return the code
	 */
	String name();

}
