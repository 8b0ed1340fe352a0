package org.socle.directory.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of the department list: text (code or name), establishment, level, and
 * archived ones or not.
 */
public record DepartmentFilter(String q, Long establishment, DepartmentLevel level, Boolean archived) {

	public DepartmentFilter {
		archived = Boolean.TRUE.equals(archived);
	}

	Specification<Department> toSpecification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.q != null && !this.q.isBlank()) {
				String like = "%" + this.q.strip().toLowerCase(Locale.ROOT) + "%";
				predicates
					.add(cb.or(cb.like(cb.lower(root.get("code")), like), cb.like(cb.lower(root.get("name")), like)));
			}
			if (this.establishment != null) {
				predicates.add(cb.equal(root.get("establishment").get("id"), this.establishment));
			}
			if (this.level != null) {
				predicates.add(cb.equal(root.get("level"), this.level));
			}
			predicates.add(cb.equal(root.get("archived"), this.archived));
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
