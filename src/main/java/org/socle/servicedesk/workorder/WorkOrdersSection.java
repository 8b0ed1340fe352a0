package org.socle.servicedesk.workorder;

import org.socle.inventory.InventoryApi;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketPageSection;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The work orders of a ticket about an asset, inside the asset's panel of the ticket
 * page, with the form that opens one.
 */
@Component
class WorkOrdersSection implements TicketPageSection {

	private final TicketWorkOrders workOrders;

	private final InventoryApi inventory;

	WorkOrdersSection(TicketWorkOrders workOrders, InventoryApi inventory) {
		this.workOrders = workOrders;
		this.inventory = inventory;
	}

	@Override
	public void contribute(Ticket ticket, boolean canWork, Model model) {
		model.addAttribute("ticketWorkOrders",
				(ticket.getAssetId() != null) ? this.inventory.asset(ticket.getAssetId())
					.map(asset -> this.workOrders.view(ticket, asset, canWork))
					.orElse(null) : null);
	}

}
