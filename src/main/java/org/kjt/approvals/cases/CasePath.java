package org.kjt.approvals.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The path a case took through its process, as the engine recorded it.
 *
 * @param processDefinitionId the deployed process the case runs in, if started
 * @param steps the user tasks reached, in the order first reached (branches never taken
 * are not listed)
 * @param visited every activity and sequence flow passed, finished
 * @param current the activities active now
 */
public record CasePath(@Nullable String processDefinitionId, List<Step> steps, List<String> visited,
		List<String> current) {

	/**
	 * A user task reached.
	 *
	 * @param id BPMN task id
	 * @param current whether it is open now
	 * @param reachedAt when the case first reached it
	 * @param finishedAt when it was last finished, if it is not open
	 */
	public record Step(String id, boolean current, Instant reachedAt, @Nullable Instant finishedAt) {

	}

}
