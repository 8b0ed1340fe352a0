package org.socle.servicedesk.ticket;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketCommentRepository extends JpaRepository<TicketComment, Long> {

	List<TicketComment> findByTicketIdOrderByCreatedAtAscIdAsc(Long ticketId);

	List<TicketComment> findByTicketIdAndInternalFalseOrderByCreatedAtAscIdAsc(Long ticketId);

	long countByTicketId(Long ticketId);

}
