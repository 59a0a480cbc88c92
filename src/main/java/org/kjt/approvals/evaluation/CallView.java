package org.kjt.approvals.evaluation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A call as the public and the division see it.
 *
 * @param id call id
 * @param departmentCode department
 * @param itemCode service item
 * @param itemName the item's name in the reader's language
 * @param title the call's title
 * @param opensAt when submissions open
 * @param closesAt when they close (exclusive)
 * @param quota most applications taken, or null for none
 * @param entries applications submitted in it so far
 * @param state COMING, OPEN or CLOSED now
 * @param extended whether the window was extended (once at most)
 * @param extensionReason why, if it was
 */
public record CallView(long id, String departmentCode, String itemCode, String itemName, String title, Instant opensAt,
		Instant closesAt, @Nullable Integer quota, long entries, CallState state, boolean extended,
		@Nullable String extensionReason) {

	/** Where a call stands now. */
	public enum CallState {

		COMING, OPEN, CLOSED

	}

}
