package org.socle.servicedesk.link;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TicketLinkRepository extends JpaRepository<TicketLink, Long> {

	/** Every link of the ticket, whichever end it is. */
	@Query("select l from TicketLink l where l.fromTicketId = ?1 or l.toTicketId = ?1 order by l.createdAt, l.id")
	List<TicketLink> linksOf(Long ticketId);

	Optional<TicketLink> findByFromTicketIdAndToTicketIdAndKind(Long fromTicketId, Long toTicketId, LinkKind kind);

	boolean existsByToTicketIdAndKind(Long toTicketId, LinkKind kind);

	boolean existsByFromTicketIdAndKind(Long fromTicketId, LinkKind kind);

}
