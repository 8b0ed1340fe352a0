package org.socle.servicedesk.ticket;

import java.time.Clock;

import org.socle.directory.CurrentAccess;
import org.socle.shared.audit.CurrentUsername;

import org.springframework.stereotype.Component;

/** Writes the lines of tickets' timelines, with the acting person and the time. */
@Component
class Timeline {

	private final TicketEventRepository events;

	private final CurrentAccess access;

	private final Clock clock;

	Timeline(TicketEventRepository events, CurrentAccess access, Clock clock) {
		this.events = events;
		this.access = access;
		this.clock = clock;
	}

	TicketEvent record(Ticket ticket, TicketEvent.Kind kind, Object from, Object to, String detail) {
		return this.events.save(event(ticket, kind, from, to, detail));
	}

	/**
	 * The line of a comment or internal note (internal lines are shown to agents only).
	 */
	TicketEvent recordComment(Ticket ticket, TicketComment comment) {
		return this.events.save(event(ticket, TicketEvent.Kind.COMMENTED, null, null, null).aboutComment(comment));
	}

	private TicketEvent event(Ticket ticket, TicketEvent.Kind kind, Object from, Object to, String detail) {
		return new TicketEvent(ticket.getId(), kind, this.access.scope().personId(), CurrentUsername.get(),
				this.clock.instant(), from, to, detail);
	}

}
