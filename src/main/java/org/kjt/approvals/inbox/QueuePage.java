package org.kjt.approvals.inbox;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a queue whose total is counted up to {@link #COUNT_LIMIT}: beyond it the
 * total says "at least" ({@link #isTotalCapped()}), as search engines do, and the count
 * costs the same at 100,000 open tasks as at 10,000.
 */
public final class QueuePage extends PageImpl<InboxItem> {

	/** Where counting stops. */
	public static final int COUNT_LIMIT = 10_000;

	private final boolean totalCapped;

	private QueuePage(List<InboxItem> content, Pageable pageable, long total, boolean totalCapped) {
		super(content, pageable, total);
		this.totalCapped = totalCapped;
	}

	static QueuePage of(List<InboxItem> content, Pageable pageable, long counted) {
		boolean capped = counted > COUNT_LIMIT;
		return new QueuePage(content, pageable, capped ? COUNT_LIMIT : counted, capped);
	}

	/**
	 * Whether there are more tasks than {@link #getTotalElements()} says.
	 * @return true when the count stopped at the limit
	 */
	public boolean isTotalCapped() {
		return this.totalCapped;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other) && ((QueuePage) other).totalCapped == this.totalCapped;
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + Boolean.hashCode(this.totalCapped);
	}

}
