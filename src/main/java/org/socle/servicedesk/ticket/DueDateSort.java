package org.socle.servicedesk.ticket;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Sorting on a service level due date puts tickets with no due date (no agreement, clock
 * paused or stopped) last, whichever the direction.
 */
final class DueDateSort {

	private DueDateSort() {
	}

	static Pageable nullsLast(Pageable pageable) {
		Sort sort = Sort
			.by(pageable.getSort().stream().map(o -> o.getProperty().endsWith("DueAt") ? o.nullsLast() : o).toList());
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
	}

}
