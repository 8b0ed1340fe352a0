package org.socle.directory.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of the site list: text (name or city), establishment, and archived ones or
 * not.
 */
public record SiteFilter(String q, Long establishmentId, Boolean archived) {

	public SiteFilter {
		archived = Boolean.TRUE.equals(archived);
	}

	Specification<Site> toSpecification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.q != null && !this.q.isBlank()) {
				String like = "%" + this.q.strip().toLowerCase(Locale.ROOT) + "%";
				predicates
					.add(cb.or(cb.like(cb.lower(root.get("name")), like), cb.like(cb.lower(root.get("city")), like)));
			}
			if (this.establishmentId != null) {
				predicates.add(cb.equal(root.get("establishment").get("id"), this.establishmentId));
			}
			predicates.add(cb.equal(root.get("archived"), this.archived));
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
