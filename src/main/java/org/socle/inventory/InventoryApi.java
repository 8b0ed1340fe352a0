package org.socle.inventory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.relation.ImpactAnalysis;
import org.socle.inventory.workorder.WorkOrderRef;
import org.socle.inventory.workorder.WorkOrderTickets;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the inventory. Callers apply their reader's scope to the
 * establishment and team returned.
 */
@Service
@Transactional(readOnly = true)
public class InventoryApi {

	private static final String ASSET = """
			select a.id, a.inventory_number,
			 coalesce(a.name, m.commercial_name, c.name) || coalesce(' — ' || a.serial_number, '') as label,
			 a.kind, a.status, a.establishment_id, a.owner_team_id
			from inv_asset a join inv_category c on c.id = a.category_id left join inv_model m on m.id = a.model_id
			""";

	private final JdbcClient jdbc;

	private final ImpactAnalysis impacts;

	private final WorkOrderTickets workOrders;

	private final AssetAccess access;

	InventoryApi(JdbcClient jdbc, ImpactAnalysis impacts, @Lazy WorkOrderTickets workOrders, AssetAccess access) {
		this.jdbc = jdbc;
		this.impacts = impacts;
		this.workOrders = workOrders;
		this.access = access;
	}

	public Optional<AssetRef> asset(long id) {
		return this.jdbc.sql(ASSET + " where a.id = :id").param("id", id).query(AssetRef.class).optional();
	}

	public Optional<AssetRef> assetByInventoryNumber(String inventoryNumber) {
		return this.jdbc.sql(ASSET + " where a.inventory_number = :number")
			.param("number", inventoryNumber.strip())
			.query(AssetRef.class)
			.optional();
	}

	/**
	 * What is hit when the asset is down (five relations deep), as the current reader may
	 * see it: out-of-scope assets only counted per establishment. Empty when the reader
	 * does not read the asset, so a ticket page naming it can simply leave the panel out.
	 */
	public Optional<AssetImpact> impact(long assetId, Locale locale) {
		try {
			return Optional.of(this.impacts.analyse(assetId, ImpactAnalysis.DEFAULT_DEPTH, locale));
		}
		catch (RecordNotFoundException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether the asset must not be used (a serious nonconformity, a repair awaiting its
	 * control), and why.
	 */
	public AssetBlock block(long assetId) {
		return this.workOrders.block(assetId);
	}

	/**
	 * Opens a corrective work order on the asset for a service-desk ticket, for the
	 * asset's owner team. The signed-in account must keep the asset (404 out of sight,
	 * 403 read-only).
	 */
	@Transactional
	public WorkOrderRef openCorrectiveWorkOrder(long assetId, long ticketId, String title) {
		return this.workOrders.openFromTicket(assetId, ticketId, title);
	}

	/** The work orders opened from the ticket, oldest first. */
	public List<TicketWorkOrder> workOrdersOfTicket(long ticketId) {
		return this.workOrders.ofTicket(ticketId);
	}

	/**
	 * The asset, when the signed-in account may report a fault on it (staff of its
	 * establishment, or one of its readers); empty when unknown or out of sight.
	 */
	public Optional<AssetRef> assetToReport(long id) {
		return asset(id).filter(this.access::reportsOn);
	}

	/** Whether the signed-in account reads the asset (its full page, its history). */
	public boolean reads(AssetRef asset) {
		return this.access.reads(asset);
	}

	/**
	 * Whether the signed-in account keeps the asset (edits it, records work on it, opens
	 * its work orders): its owner team's agents and leads, administrators over it.
	 */
	public boolean keeps(AssetRef asset) {
		return this.access.keeps(asset);
	}

}
