package org.socle.servicedesk.ticket;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

	/** The next value of the one number sequence shared by every ticket type. */
	@Query(value = "select nextval('sd_ticket_number_seq')", nativeQuery = true)
	long nextNumber();

	Optional<Ticket> findByNumber(String number);

}
