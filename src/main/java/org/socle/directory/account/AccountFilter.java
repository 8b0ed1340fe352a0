package org.socle.directory.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of the account list: text (login or person's name), the person's
 * establishment, enabled, locked.
 */
public record AccountFilter(String q, Long establishment, Boolean enabled, Boolean locked) {

	Specification<UserAccount> toSpecification(Instant now) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			Path<Object> person = root.get("person");
			if (this.q != null && !this.q.isBlank()) {
				String like = "%" + this.q.strip().toLowerCase(Locale.ROOT) + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("login")), like),
						cb.like(cb.lower(person.get("lastName")), like),
						cb.like(cb.lower(person.get("firstName")), like),
						cb.like(cb.lower(cb.concat(cb.concat(person.get("firstName"), " "), person.get("lastName"))),
								like)));
			}
			if (this.establishment != null) {
				predicates.add(cb.equal(person.get("establishment").get("id"), this.establishment));
			}
			if (this.enabled != null) {
				predicates.add(cb.equal(root.get("enabled"), this.enabled));
			}
			if (this.locked != null) {
				Predicate isLocked = cb.greaterThan(root.get("lockedUntil"), now);
				predicates.add(this.locked ? isLocked : cb.or(cb.isNull(root.get("lockedUntil")), cb.not(isLocked)));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
