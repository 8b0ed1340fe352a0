package org.socle.servicedesk.sla;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

	/** The agreements of these teams, active first, by name. */
	@Query("select a from Agreement a where a.teamId in :teamIds order by a.archived, a.name, a.id")
	List<Agreement> ofTeams(Collection<Long> teamIds);

	/**
	 * Active agreements that may apply to a ticket: the service's, and the team's
	 * defaults.
	 */
	@Query("select a from Agreement a where a.archived = false and ((:serviceId is not null and a.serviceId = :serviceId)"
			+ " or (a.serviceId is null and a.teamId = :teamId))")
	List<Agreement> candidates(Long serviceId, Long teamId);

}
