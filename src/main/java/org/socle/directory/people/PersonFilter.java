package org.socle.directory.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import org.socle.directory.organisation.Department;

import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of the staff directory: text (name or e-mail), establishment, department (a
 * pole or service also matches the people of the units below it), and archived ones or
 * not.
 */
public record PersonFilter(String q, Long establishment, Long department, Boolean archived) {

	public PersonFilter {
		archived = Boolean.TRUE.equals(archived);
	}

	Specification<Person> toSpecification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.q != null && !this.q.isBlank()) {
				String like = "%" + this.q.strip().toLowerCase(Locale.ROOT) + "%";
				Expression<String> first = cb.lower(root.get("firstName"));
				Expression<String> last = cb.lower(root.get("lastName"));
				predicates.add(cb.or(cb.like(cb.concat(cb.concat(first, " "), last), like),
						cb.like(cb.concat(cb.concat(last, " "), first), like),
						cb.like(cb.lower(root.get("email")), like)));
			}
			if (this.establishment != null) {
				predicates.add(cb.equal(root.get("establishment").get("id"), this.establishment));
			}
			if (this.department != null) {
				Join<Person, Department> unit = root.join("department", JoinType.LEFT);
				Join<Department, Department> parent = unit.join("parent", JoinType.LEFT);
				Join<Department, Department> grandParent = parent.join("parent", JoinType.LEFT);
				predicates.add(cb.or(cb.equal(unit.get("id"), this.department),
						cb.equal(parent.get("id"), this.department), cb.equal(grandParent.get("id"), this.department)));
			}
			predicates.add(cb.equal(root.get("archived"), this.archived));
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
