package org.socle.servicedesk.sla;

import java.util.Objects;

import org.socle.directory.DirectoryApi;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketEvent;
import org.socle.servicedesk.ticket.TicketEventRecorded;
import org.socle.servicedesk.ticket.TicketService;
import org.socle.servicedesk.ticket.TicketStatus;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Drives the clocks from the ticket's timeline, in the transaction of the change: created
 * starts them; the first action of an agent (assignment, public comment, status change)
 * stops the response clock, not the requester's; status changes pause, resume, stop or
 * restart the resolution clock; a change of priority, service or team recomputes them.
 * Each clock's instant is the timeline line's.
 */
@Component
class SlaClockListener {

	private final SlaClocks clocks;

	private final TicketService tickets;

	private final DirectoryApi directory;

	SlaClockListener(SlaClocks clocks, TicketService tickets, DirectoryApi directory) {
		this.clocks = clocks;
		this.tickets = tickets;
		this.directory = directory;
	}

	@EventListener
	void on(TicketEventRecorded recorded) {
		Ticket ticket = recorded.ticket();
		TicketEvent event = recorded.event();
		switch (event.getKind().name()) {
			case "CREATED" -> this.clocks.start(ticket, event.getAt());
			case "ASSIGNED" -> answeredIfAgent(ticket, event);
			case "COMMENTED" -> {
				if (!event.isInternal()) {
					answeredIfAgent(ticket, event);
				}
			}
			case "STATUS_CHANGED", "REOPENED" -> {
				answeredIfAgent(ticket, event);
				this.clocks.statusChanged(ticket, status(event.getFromValue()), event.getAt());
			}
			case "PRIORITY_CHANGED", "TRANSFERRED", "SERVICE_CHANGED" ->
				this.clocks.recompute(ticket, event.getAt(), event.getKind().name());
			default -> {
				// other lines (tags, links, time, the clocks' own lines) change no clock
			}
		}
	}

	private void answeredIfAgent(Ticket ticket, TicketEvent event) {
		if (isAgent(ticket, event.getActorId())) {
			this.clocks.answered(ticket, event.getAt());
		}
	}

	/**
	 * An agent: someone other than the requester (or the person it was raised for) who
	 * belongs to the ticket's team or works its tickets.
	 */
	private boolean isAgent(Ticket ticket, Long actorId) {
		if (actorId == null || Objects.equals(actorId, ticket.getRequesterId())
				|| Objects.equals(actorId, ticket.getOnBehalfOfId())) {
			return false;
		}
		return this.directory.isTeamMember(actorId, ticket.getTeamId()) || this.tickets.canWork(ticket);
	}

	private static TicketStatus status(String value) {
		try {
			return (value != null) ? TicketStatus.valueOf(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
