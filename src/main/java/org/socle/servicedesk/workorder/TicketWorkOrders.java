package org.socle.servicedesk.workorder;

import java.util.List;

import org.socle.inventory.AssetRef;
import org.socle.inventory.InventoryApi;
import org.socle.inventory.TicketWorkOrder;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketService;
import org.socle.shared.web.FieldRuleException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ticket's work orders, for the ticket page and the API alike: those who see the ticket
 * list them; agents who work the ticket open a corrective one on the asset it is about,
 * if they also keep that asset (the inventory's rule, which also refuses a retired
 * asset).
 */
@Service
class TicketWorkOrders {

	static final int TITLE_MAX = 300;

	private final TicketService tickets;

	private final InventoryApi inventory;

	TicketWorkOrders(TicketService tickets, InventoryApi inventory) {
		this.tickets = tickets;
		this.inventory = inventory;
	}

	/** The work orders of a ticket the account sees ("not found" otherwise). */
	@Transactional(readOnly = true)
	List<TicketWorkOrder> of(long ticketId) {
		return this.inventory.workOrdersOfTicket(this.tickets.get(ticketId).getId());
	}

	/**
	 * Opens a corrective work order for the ticket, on the asset named (the ticket's own
	 * when none is), titled after the ticket unless a title is given.
	 */
	@Transactional
	TicketWorkOrder open(long ticketId, Long assetId, String title) {
		Ticket ticket = this.tickets.get(ticketId);
		if (!this.tickets.canWork(ticket)) {
			throw new AccessDeniedException("Does not work ticket " + ticketId);
		}
		Long asset = (assetId != null) ? assetId : ticket.getAssetId();
		if (asset == null) {
			throw FieldRuleException.invalid("assetId", "TicketWorkOrderNoAsset", ticket.getNumber());
		}
		this.inventory.openCorrectiveWorkOrder(asset, ticket.getId(), title(ticket, title));
		List<TicketWorkOrder> opened = this.inventory.workOrdersOfTicket(ticket.getId());
		return opened.get(opened.size() - 1);
	}

	/**
	 * What the ticket page shows of the ticket's work orders, and whether the account may
	 * open one on the asset (else the rule that refuses it).
	 */
	@Transactional(readOnly = true)
	TicketWorkOrdersView view(Ticket ticket, AssetRef asset, boolean canWork) {
		boolean keeps = canWork && this.inventory.keeps(asset);
		return new TicketWorkOrdersView(this.inventory.workOrdersOfTicket(ticket.getId()), this.inventory.reads(asset),
				keeps, canWork && !keeps);
	}

	private static String title(Ticket ticket, String title) {
		String chosen = (title != null && !title.isBlank()) ? title.strip()
				: ticket.getNumber() + " — " + ticket.getTitle();
		if (title != null && chosen.length() > TITLE_MAX) {
			throw FieldRuleException.invalid("title", "Size", 0, TITLE_MAX);
		}
		return chosen.substring(0, Math.min(chosen.length(), TITLE_MAX));
	}

	/**
	 * The ticket's work orders as the page shows them.
	 *
	 * @param orders oldest first
	 * @param readable whether the account opens the work orders' pages (it reads the
	 * asset)
	 * @param mayOpen whether the form to open one is shown
	 * @param notKeeper whether the account works the ticket but does not keep the asset
	 * (the page says so instead of the form)
	 */
	record TicketWorkOrdersView(List<TicketWorkOrder> orders, boolean readable, boolean mayOpen, boolean notKeeper) {
	}

}
