package org.socle.servicedesk.catalogue;

import java.util.Locale;

import jakarta.validation.Valid;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketCommands;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A ticket's catalogue service through the API: agents file an open ticket under a
 * service (the clocks are recomputed).
 */
@RestController
class TicketServiceApi {

	private final ServiceOfTicket services;

	TicketServiceApi(ServiceOfTicket services) {
		this.services = services;
	}

	/** serviceId null: no service. */
	@PostMapping("/api/v1/tickets/{id}/service")
	TicketServiceView change(@PathVariable Long id, @Valid @RequestBody TicketCommands.ServiceChange command,
			Locale locale) {
		Ticket ticket = this.services.change(id, command, locale);
		return new TicketServiceView(ticket.getId(), ticket.getNumber(), ticket.getServiceId(),
				this.services.of(ticket).map(s -> s.name(locale)).orElse(null), ticket.getVersion());
	}

	record TicketServiceView(Long ticketId, String number, Long serviceId, String serviceName, long version) {
	}

}
