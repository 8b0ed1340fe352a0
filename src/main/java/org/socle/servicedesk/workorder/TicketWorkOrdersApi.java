package org.socle.servicedesk.workorder;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.socle.inventory.TicketWorkOrder;

import org.springframework.http.HttpStatus;
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
 * The ticket page's form goes through the same service ({@link TicketWorkOrders}).
 */
@RestController
@RequestMapping("/api/v1/tickets/{id}/work-orders")
class TicketWorkOrdersApi {

	private final TicketWorkOrders workOrders;

	TicketWorkOrdersApi(TicketWorkOrders workOrders) {
		this.workOrders = workOrders;
	}

	@GetMapping
	List<TicketWorkOrder> list(@PathVariable long id) {
		return this.workOrders.of(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	TicketWorkOrder open(@PathVariable long id, @Valid @RequestBody NewWorkOrder command) {
		return this.workOrders.open(id, command.assetId(), command.title());
	}

	record NewWorkOrder(@NotNull Long assetId, @Size(max = TicketWorkOrders.TITLE_MAX) String title) {
	}

}
