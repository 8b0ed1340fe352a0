package org.socle.servicedesk.link;

import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketService;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The ticket an action is about: one the account sees (else 404), or works (else 403).
 */
@Component
class TicketWork {

	private final TicketService tickets;

	TicketWork(TicketService tickets) {
		this.tickets = tickets;
	}

	Ticket seen(Long id) {
		return this.tickets.get(id);
	}

	Ticket worked(Long id) {
		Ticket ticket = seen(id);
		checkWorks(ticket);
		return ticket;
	}

	void checkWorks(Ticket ticket) {
		if (!this.tickets.canWork(ticket)) {
			throw new AccessDeniedException("Does not work ticket " + ticket.getId());
		}
	}

	boolean canWork(Ticket ticket) {
		return this.tickets.canWork(ticket);
	}

}
