package org.socle.servicedesk.asset;

import java.util.List;

import org.socle.inventory.AssetRef;
import org.socle.inventory.InventoryApi;
import org.socle.servicedesk.ticket.Channel;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketFilter;
import org.socle.servicedesk.ticket.TicketForm;
import org.socle.servicedesk.ticket.TicketService;
import org.socle.servicedesk.ticket.TicketType;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets about one asset: those the account sees, and a fault reported on it, raised as
 * an incident for the asset's owner team in the asset's establishment.
 */
@Service
class AssetTickets {

	/** How many tickets the asset's card and mobile page list (newest first). */
	static final int SHOWN = 20;

	private final InventoryApi inventory;

	private final TicketService tickets;

	AssetTickets(InventoryApi inventory, TicketService tickets) {
		this.inventory = inventory;
		this.tickets = tickets;
	}

	/**
	 * The asset, if the account may report on it (staff of its establishment, its
	 * readers); else "not found".
	 */
	AssetRef reportable(long assetId) {
		return this.inventory.assetToReport(assetId).orElseThrow(() -> new RecordNotFoundException("Asset", assetId));
	}

	/**
	 * The newest tickets about the asset that the account sees, only open ones if asked.
	 */
	@Transactional(readOnly = true)
	List<Ticket> about(AssetRef asset, boolean openOnly) {
		Specification<Ticket> aboutAsset = (root, query, cb) -> cb.equal(root.get("assetId"), asset.id());
		TicketFilter filter = new TicketFilter(null, null, null, null, null, openOnly ? Boolean.TRUE : null, null, null,
				null, null, null);
		return this.tickets
			.queue(aboutAsset, filter, PageRequest.of(0, SHOWN, Sort.by(Sort.Direction.DESC, "createdAt")))
			.getContent();
	}

	/** Raises the fault as an incident about the asset, for its owner team. */
	@Transactional
	Ticket reportFault(AssetRef asset, FaultReport report) {
		String summary = (report.summary() != null) ? report.summary().strip() : "";
		if (summary.isEmpty() || summary.length() > FaultReport.SUMMARY_MAX) {
			throw FieldRuleException.invalid("summary", "Size", 1, FaultReport.SUMMARY_MAX);
		}
		if (report.details() != null && report.details().length() > FaultReport.DETAILS_MAX) {
			throw FieldRuleException.invalid("details", "Size", 0, FaultReport.DETAILS_MAX);
		}
		TicketForm form = new TicketForm();
		form.setType(TicketType.INCIDENT);
		form.setChannel(Channel.PORTAL);
		form.setTitle(summary);
		form.setDescription((report.details() == null || report.details().isBlank()) ? null : report.details().strip());
		form.setTeamId(asset.ownerTeamId());
		form.setEstablishmentId(asset.establishmentId());
		form.setAssetId(asset.id());
		form.setImpact(2);
		form.setUrgency(report.unusable() ? 1 : 2);
		return this.tickets.create(form);
	}

}
