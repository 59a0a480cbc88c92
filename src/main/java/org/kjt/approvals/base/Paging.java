package org.kjt.approvals.base;

import org.springframework.data.domain.PageRequest;

/** Page requests from API parameters: no negative pages, 1 to 100 rows. */
public final class Paging {

	public static final int MAX_SIZE = 100;

	private Paging() {
	}

	public static PageRequest of(int page, int size) {
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE));
	}

}
