package org.socle.servicedesk.catalogue;

import java.util.List;

import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketPageSection;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The ticket page's service line: the catalogue service the ticket is about (a retired
 * one stays shown), and for agents of an open ticket the services to file it under.
 */
@Component
class TicketServiceSection implements TicketPageSection {

	private final ServiceOfTicket services;

	TicketServiceSection(ServiceOfTicket services) {
		this.services = services;
	}

	@Override
	public void contribute(Ticket ticket, boolean canWork, Model model) {
		model.addAttribute("ticketService", this.services.of(ticket).orElse(null));
		model.addAttribute("serviceChoices",
				(canWork && ticket.getStatus().isOpen()) ? this.services.choices() : List.of());
	}

}
