package org.socle.servicedesk.asset;

import org.socle.inventory.AssetBlock;
import org.socle.inventory.AssetRef;
import org.socle.inventory.InventoryApi;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketPageSection;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The asset a ticket is about, on the ticket page: its number, label and status, what
 * blocks it, with a link to the asset's page for its readers (the mobile page for the
 * others).
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
		model.addAttribute("ticketAsset", (asset != null)
				? new TicketAsset(asset, this.inventory.reads(asset), this.inventory.block(asset.id())) : null);
	}

	/**
	 * The asset shown on the ticket page, whether the reader may open its page, and what
	 * maintenance blocks it (a serious nonconformity, a repair awaiting its control).
	 */
	record TicketAsset(AssetRef asset, boolean readable, AssetBlock block) {

		/**
		 * Out of service, retired, disposed of, or blocked by maintenance: not to be
		 * used.
		 */
		public boolean blocked() {
			return AssetStatuses.blocked(this.asset.status()) || this.block.blocked();
		}

	}

}
