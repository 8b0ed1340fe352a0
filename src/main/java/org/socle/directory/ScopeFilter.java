package org.socle.directory;

import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/**
 * The one place where lists are narrowed to what the account may see: rows whose
 * establishment is in scope. Every list, export and API query of a scoped entity goes
 * through it.
 */
public final class ScopeFilter {

	private ScopeFilter() {
	}

	/**
	 * @param establishmentId the path from the row to its establishment's id
	 */
	public static <T> Specification<T> visibleTo(AccessScope scope, Function<Root<T>, Path<Long>> establishmentId) {
		return (root, query, cb) -> {
			if (scope.isGroupWide()) {
				return cb.conjunction();
			}
			Set<Long> ids = scope.visibleEstablishmentIds();
			return ids.isEmpty() ? cb.disjunction() : establishmentId.apply(root).in(ids);
		};
	}

}
