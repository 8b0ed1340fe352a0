package org.socle.servicedesk.workorder;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.socle.inventory.InventoryApi;
import org.socle.inventory.TicketWorkOrder;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketService;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A ticket's work orders: agents who work the ticket open a corrective work order on the
 * asset it is about (they must also keep the asset); those who see the ticket list them.
 */
@RestController
@RequestMapping("/api/v1/tickets/{id}/work-orders")
class TicketWorkOrdersApi {

	private final TicketService tickets;

	private final InventoryApi inventory;

	TicketWorkOrdersApi(TicketService tickets, InventoryApi inventory) {
		this.tickets = tickets;
		this.inventory = inventory;
	}

	@GetMapping
	List<TicketWorkOrder> list(@PathVariable long id) {
		return this.inventory.workOrdersOfTicket(this.tickets.get(id).getId());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	TicketWorkOrder open(@PathVariable long id, @Valid @RequestBody NewWorkOrder command) {
		Ticket ticket = this.tickets.get(id);
		if (!this.tickets.canWork(ticket)) {
			throw new AccessDeniedException("Does not work ticket " + id);
		}
		String title = (command.title() != null && !command.title().isBlank()) ? command.title()
				: ticket.getNumber() + " — " + ticket.getTitle();
		this.inventory.openCorrectiveWorkOrder(command.assetId(), id,
				title.substring(0, Math.min(title.length(), 300)));
		List<TicketWorkOrder> opened = this.inventory.workOrdersOfTicket(id);
		return opened.get(opened.size() - 1);
	}

	record NewWorkOrder(@NotNull Long assetId, @Size(max = 300) String title) {
	}

}
