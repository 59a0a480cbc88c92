package org.kjt.approvals.inbox;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.security.AppUser;

/**
 * A kind of task outside any process that a division works in its queue like a step (a
 * consultation, a follow-up of a poor rating): it is opened with
 * {@link Workbench#openSideTask}, and the workbench hands its completion to the bean that
 * declares its step.
 */
public interface SideTask {

	/**
	 * The task's step code (its task definition key).
	 * @return the code
	 */
	String step();

	/**
	 * The outcomes the holder may choose.
	 * @return outcome codes
	 */
	List<String> outcomes();

	/**
	 * What the holder is asked to act on, shown above the form.
	 * @param taskId the task
	 * @param locale the reader's language
	 * @return heading and text
	 */
	Asked asked(String taskId, Locale locale);

	/**
	 * Completes the task (in the caller's transaction; the task is locked and held by the
	 * user).
	 * @param task the task
	 * @param user who completes it
	 * @param outcome the chosen outcome
	 * @param opinion the written opinion
	 */
	void complete(InboxItem task, AppUser user, @Nullable String outcome, @Nullable String opinion);

	/**
	 * What a side task asks.
	 *
	 * @param heading a heading (who asks, about what)
	 * @param text the request in full
	 */
	record Asked(String heading, String text) {

	}

}
