package org.socle.servicedesk.satisfaction;

import java.util.List;

import org.socle.servicedesk.ticket.TicketService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** REST API of a ticket's satisfaction: its surveys and their answers. */
@RestController
class TicketSatisfactionApi {

	private final TicketService tickets;

	private final TicketSatisfaction satisfaction;

	TicketSatisfactionApi(TicketService tickets, TicketSatisfaction satisfaction) {
		this.tickets = tickets;
		this.satisfaction = satisfaction;
	}

	/**
	 * The ticket's surveys, one per resolution, the latest first (empty when none was
	 * sent); 404 for a ticket the account does not see.
	 */
	@GetMapping("/api/v1/tickets/{id}/satisfaction")
	List<TicketSatisfaction.View> satisfaction(@PathVariable Long id) {
		return this.satisfaction.of(this.tickets.get(id));
	}

}
