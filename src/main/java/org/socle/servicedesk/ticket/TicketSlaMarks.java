package org.socle.servicedesk.ticket;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the service level marks kept on a ticket (due dates and state) for the SLA
 * clocks. Written apart from the ticket's own columns and version: a clock's update never
 * makes an agent's open form stale, and an agent's save never overwrites the marks.
 */
@Component
public class TicketSlaMarks {

	private final JdbcClient jdbc;

	TicketSlaMarks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Sets the marks of one ticket. */
	@Transactional
	public void mark(Long ticketId, Instant responseDue, Instant resolutionDue, SlaState state) {
		this.jdbc.sql("update sd_ticket set response_due_at = ?, resolution_due_at = ?, sla_state = ? where id = ?")
			.params(timestamp(responseDue), timestamp(resolutionDue), state.name(), ticketId)
			.update();
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
