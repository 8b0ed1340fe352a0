package org.socle.servicedesk.ticket;

import java.util.Set;

import org.socle.directory.CurrentAccess;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The agents' queues (mine, my teams, unassigned in my teams, all I may see) for the
 * signed-in person: the same tickets for the queue page, its export and the API.
 */
@Component
class TicketQueues {

	private final TicketService tickets;

	private final DeskDirectory directory;

	private final CurrentAccess access;

	TicketQueues(TicketService tickets, DeskDirectory directory, CurrentAccess access) {
		this.tickets = tickets;
		this.directory = directory;
		this.access = access;
	}

	Page<Ticket> page(Queue view, TicketFilter filter, Pageable pageable) {
		Long me = this.access.scope().personId();
		Set<Long> teams = (view == Queue.TEAMS || view == Queue.UNASSIGNED) ? this.directory.myTeams() : Set.of();
		return this.tickets.queue(view.narrowing(me, teams), filter, pageable);
	}

}
