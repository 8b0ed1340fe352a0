package org.socle.shared.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** A page of an API list: its rows and where it stands in the whole. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static <E, T> PageView<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}
