package org.socle.servicedesk.ticket;

import java.util.Objects;
import java.util.function.Function;

import org.socle.servicedesk.ticket.TicketEvent.Kind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent files an open ticket under another catalogue service (or under none). The
 * timeline says from which service to which (with the new one's name as it was then), and
 * the service level clocks follow that line: recomputed from the ticket's opening, the
 * replaced ones kept as history.
 */
@Service
public class TicketServiceChange {

	private final TicketService service;

	private final TicketRepository tickets;

	private final Timeline timeline;

	TicketServiceChange(TicketService service, TicketRepository tickets, Timeline timeline) {
		this.service = service;
		this.tickets = tickets;
		this.timeline = timeline;
	}

	/**
	 * @param checkedName the service's name when the agent may file the ticket under it;
	 * otherwise it throws a field rule on {@code serviceId} (the catalogue knows)
	 * @return the ticket, unchanged when it already was under that service
	 */
	@Transactional
	public Ticket change(Long id, TicketCommands.ServiceChange command, Function<Long, String> checkedName) {
		Ticket ticket = this.service.workable(id, command.version());
		if (Objects.equals(ticket.getServiceId(), command.serviceId())) {
			return ticket;
		}
		String name = (command.serviceId() != null) ? checkedName.apply(command.serviceId()) : null;
		Long previous = ticket.getServiceId();
		ticket.setServiceId(command.serviceId());
		this.timeline.record(ticket, Kind.SERVICE_CHANGED, previous, command.serviceId(), name);
		return this.tickets.saveAndFlush(ticket);
	}

}
