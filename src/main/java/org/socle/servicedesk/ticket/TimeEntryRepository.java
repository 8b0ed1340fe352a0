package org.socle.servicedesk.ticket;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TimeEntryRepository extends JpaRepository<TimeEntry, Long> {

	List<TimeEntry> findByTicketIdOrderByWorkDateAscIdAsc(Long ticketId);

	long countByTicketId(Long ticketId);

}
