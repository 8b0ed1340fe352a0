package org.socle.servicedesk.link;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketWatcherRepository extends JpaRepository<TicketWatcher, Long> {

	List<TicketWatcher> findByTicketIdOrderByAddedAtAscIdAsc(Long ticketId);

	boolean existsByTicketIdAndPersonId(Long ticketId, Long personId);

}
