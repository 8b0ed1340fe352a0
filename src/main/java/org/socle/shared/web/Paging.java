package org.socle.shared.web;

import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Keeps list requests to the sortable columns and a sane page size. */
public final class Paging {

	public static final int MAX_SIZE = 200;

	private Paging() {
	}

	public static Pageable restrict(Pageable requested, Set<String> sortable, Sort defaultSort) {
		Sort sort = Sort.by(requested.getSort().stream().filter(o -> sortable.contains(o.getProperty())).toList());
		if (sort.isUnsorted()) {
			sort = defaultSort;
		}
		int size = Math.min(Math.max(requested.getPageSize(), 1), MAX_SIZE);
		return PageRequest.of(requested.getPageNumber(), size, sort.and(Sort.by("id")));
	}

}
