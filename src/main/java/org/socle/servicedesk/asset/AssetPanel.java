package org.socle.servicedesk.asset;

import org.socle.inventory.AssetRef;
import org.socle.inventory.InventoryApi;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketPageSection;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The asset a ticket is about, on the ticket page: its number, label and status, with a
 * link to the asset's page for its readers (the mobile page for the others).
 */
@Component
class AssetPanel implements TicketPageSection {

	private final InventoryApi inventory;

	AssetPanel(InventoryApi inventory) {
		this.inventory = inventory;
	}

	@Override
	public void contribute(Ticket ticket, boolean canWork, Model model) {
		AssetRef asset = (ticket.getAssetId() != null) ? this.inventory.asset(ticket.getAssetId()).orElse(null) : null;
		model.addAttribute("ticketAsset", (asset != null) ? new TicketAsset(asset, this.inventory.reads(asset)) : null);
	}

	/** The asset shown on the ticket page, and whether the reader may open its page. */
	record TicketAsset(AssetRef asset, boolean readable) {

		/** Out of service or disposed of: not to be used. */
		public boolean blocked() {
			return AssetStatuses.blocked(this.asset.status());
		}

	}

}
