package org.socle.servicedesk.ticket;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

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

	/**
	 * Sets the marks of many tickets in one statement (the sweep's catch-up: thousands of
	 * tickets at once), in ticket order so that two writers lock rows in the same order.
	 */
	@Transactional
	public void markAll(List<Mark> marks) {
		if (marks.isEmpty()) {
			return;
		}
		List<Mark> ordered = marks.stream().sorted(Comparator.comparing(Mark::ticketId)).toList();
		this.jdbc.sql("""
				update sd_ticket t set response_due_at = m.response_due, resolution_due_at = m.resolution_due,
				    sla_state = m.state
				from unnest(?, ?, ?, ?) as m(id, response_due, resolution_due, state)
				where t.id = m.id""")
			.params(array("bigint", ordered.stream().map(Mark::ticketId).toArray()),
					array("timestamptz", ordered.stream().map(m -> timestamp(m.responseDue())).toArray()),
					array("timestamptz", ordered.stream().map(m -> timestamp(m.resolutionDue())).toArray()),
					array("varchar", ordered.stream().map(m -> m.state().name()).toArray()))
			.update();
	}

	private static AbstractSqlTypeValue array(String type, Object[] values) {
		return new AbstractSqlTypeValue() {
			@Override
			protected Object createTypeValue(java.sql.Connection connection, int sqlType, String typeName)
					throws java.sql.SQLException {
				return connection.createArrayOf(type, values);
			}
		};
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	/**
	 * The marks of one ticket: when its first response and resolution are due, its state.
	 */
	public record Mark(Long ticketId, Instant responseDue, Instant resolutionDue, SlaState state) {
	}

}
