package org.socle.servicedesk.link;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketTagRepository extends JpaRepository<TicketTag, Long> {

	List<TicketTag> findByTicketIdOrderByTag(Long ticketId);

}
