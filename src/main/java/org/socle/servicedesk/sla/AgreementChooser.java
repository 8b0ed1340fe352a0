package org.socle.servicedesk.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The agreement that applies to a ticket: valid on the day, with targets for its
 * priority; the service's before the team's default; then SLA before OLA before UC; then
 * the most recent.
 */
@Component
class AgreementChooser {

	private final AgreementRepository agreements;

	private final ZoneId zone = ZoneId.systemDefault();

	AgreementChooser(AgreementRepository agreements) {
		this.agreements = agreements;
	}

	Optional<Agreement> choose(Long serviceId, Long teamId, int priority, Instant at) {
		LocalDate day = LocalDate.ofInstant(at, this.zone);
		return this.agreements.candidates(serviceId, teamId)
			.stream()
			.filter(a -> a.isValidOn(day) && a.targetFor(priority).isPresent())
			.min(Comparator
				.comparing((Agreement a) -> !Objects.equals(a.getServiceId(), serviceId) || serviceId == null)
				.thenComparing(Agreement::getKind)
				.thenComparing(Agreement::getValidFrom, Comparator.reverseOrder())
				.thenComparing(Agreement::getId, Comparator.reverseOrder()));
	}

}
