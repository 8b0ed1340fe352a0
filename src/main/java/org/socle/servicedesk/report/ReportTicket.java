package org.socle.servicedesk.report;

import java.time.Instant;

import org.socle.servicedesk.ticket.TicketStatus;
import org.socle.servicedesk.ticket.TicketType;

/** A ticket behind a count of a report, as its list shows it. */
public record ReportTicket(Long id, String number, String title, TicketType type, TicketStatus status, int priority,
		Long teamId, Long establishmentId, Instant createdAt, Instant resolvedAt) {
}
