package org.socle.servicedesk.link;

import java.time.Instant;

import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketStatus;

/**
 * A link as read from one ticket: how that ticket relates to the other, and the other's
 * number, title and status.
 */
record LinkView(Long id, LinkKind kind, Long ticketId, String number, String title, TicketStatus status,
		Instant createdAt, String createdBy) {

	static LinkView of(TicketLink link, Long from, Ticket other) {
		return new LinkView(link.getId(), link.seenFrom(from), other.getId(), other.getNumber(), other.getTitle(),
				other.getStatus(), link.getCreatedAt(), link.getCreatedBy());
	}

}
