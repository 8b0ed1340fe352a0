package org.socle.directory.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of the establishment list: text (name or FINESS), kind, and archived ones
 * or not.
 */
public record EstablishmentFilter(String q, EstablishmentKind kind, Boolean archived) {

	public EstablishmentFilter {
		archived = Boolean.TRUE.equals(archived);
	}

	Specification<Establishment> toSpecification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.q != null && !this.q.isBlank()) {
				String like = "%" + this.q.strip().toLowerCase(Locale.ROOT) + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("name")), like),
						cb.like(cb.lower(root.get("geographicFiness")), like),
						cb.like(cb.lower(root.get("legalFiness")), like)));
			}
			if (this.kind != null) {
				predicates.add(cb.equal(root.get("kind"), this.kind));
			}
			predicates.add(cb.equal(root.get("archived"), this.archived));
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
