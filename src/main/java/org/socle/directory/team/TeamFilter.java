package org.socle.directory.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of the team list: text (name or e-mail), kind, establishment, and archived
 * ones or not.
 */
public record TeamFilter(String q, TeamKind kind, Long establishmentId, Boolean archived) {

	public TeamFilter {
		archived = Boolean.TRUE.equals(archived);
	}

	Specification<Team> toSpecification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.q != null && !this.q.isBlank()) {
				String like = "%" + this.q.strip().toLowerCase(Locale.ROOT) + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("name")), like),
						cb.like(cb.lower(cb.coalesce(root.get("email"), "")), like)));
			}
			if (this.kind != null) {
				predicates.add(cb.equal(root.get("kind"), this.kind));
			}
			if (this.establishmentId != null) {
				predicates.add(cb.equal(root.get("establishment").get("id"), this.establishmentId));
			}
			predicates.add(cb.equal(root.get("archived"), this.archived));
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
