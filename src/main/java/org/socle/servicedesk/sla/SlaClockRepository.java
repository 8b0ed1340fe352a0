package org.socle.servicedesk.sla;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

	/** The ticket's current clocks, locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from SlaClock c where c.ticketId = :ticketId and c.current = true order by c.kind")
	List<SlaClock> currentForUpdate(Long ticketId);

	@Query("select c from SlaClock c where c.ticketId = :ticketId and c.current = true order by c.kind")
	List<SlaClock> currentOf(Long ticketId);

	/** The current clocks of these tickets. */
	@Query("select c from SlaClock c where c.ticketId in :ticketIds and c.current = true")
	List<SlaClock> currentOfTickets(Collection<Long> ticketIds);

	/** Every clock of the ticket, the replaced ones included, oldest first. */
	List<SlaClock> findByTicketIdOrderByIdAsc(Long ticketId);

}
