package org.socle.servicedesk.category;

import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketCommands;
import org.socle.servicedesk.ticket.TicketService;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A ticket's category through the API: agents file it under a category of its team. */
@RestController
class TicketCategoryApi {

	private final TicketService tickets;

	private final CategoryTree tree;

	TicketCategoryApi(TicketService tickets, CategoryTree tree) {
		this.tickets = tickets;
		this.tree = tree;
	}

	/** categoryId null: no category. */
	@PostMapping("/api/v1/tickets/{id}/category")
	TicketCategoryView categorise(@PathVariable Long id, @RequestBody TicketCommands.Categorisation command) {
		Ticket ticket = this.tickets.categorise(id, command);
		return new TicketCategoryView(ticket.getId(), ticket.getNumber(), ticket.getCategoryId(),
				this.tree.pathOf(ticket.getCategoryId()), ticket.getVersion());
	}

	record TicketCategoryView(Long ticketId, String number, Long categoryId, String categoryPath, long version) {
	}

}
