package org.socle.servicedesk.ticket;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TicketEventRepository extends JpaRepository<TicketEvent, Long> {

	/** A ticket's whole timeline with each comment's text, in one query. */
	@Query("select new org.socle.servicedesk.ticket.TimelineLine(e, c.body) from TicketEvent e"
			+ " left join TicketComment c on c.id = e.commentId where e.ticketId = :ticketId order by e.at, e.id")
	List<TimelineLine> timelineOf(Long ticketId);

	long countByTicketId(Long ticketId);

}
