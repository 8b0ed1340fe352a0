package org.socle.directory.account;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the security log: type, login (part of it), and a range of days (both
 * included) in the installation's time zone.
 */
public record SecurityEventFilter(SecurityEvent.Type type, String login,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	Specification<SecurityEvent> toSpecification(ZoneId zone) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.type != null) {
				predicates.add(cb.equal(root.get("type"), this.type));
			}
			if (this.login != null && !this.login.isBlank()) {
				predicates
					.add(cb.like(cb.lower(root.get("login")), "%" + this.login.strip().toLowerCase(Locale.ROOT) + "%"));
			}
			if (this.from != null) {
				predicates
					.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), this.from.atStartOfDay(zone).toInstant()));
			}
			if (this.to != null) {
				predicates.add(cb.lessThan(root.get("occurredAt"), this.to.plusDays(1).atStartOfDay(zone).toInstant()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
