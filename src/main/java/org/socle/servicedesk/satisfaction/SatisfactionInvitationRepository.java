package org.socle.servicedesk.satisfaction;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SatisfactionInvitationRepository extends JpaRepository<SatisfactionInvitation, Long> {

	Optional<SatisfactionInvitation> findByTokenDigest(String tokenDigest);

	boolean existsByResolutionEventId(Long resolutionEventId);

	/** A ticket's invitations, the latest first. */
	List<SatisfactionInvitation> findByTicketIdOrderByInvitedAtDescIdDesc(Long ticketId);

}
