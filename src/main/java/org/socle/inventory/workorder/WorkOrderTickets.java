package org.socle.inventory.workorder;

import java.util.List;

import org.socle.inventory.AssetBlock;
import org.socle.inventory.TicketWorkOrder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the inventory's facade answers about work orders for other modules: opening a
 * corrective one from a ticket, those of a ticket, and whether an asset is blocked.
 */
@Component
public class WorkOrderTickets {

	private final WorkOrderService service;

	private final ControlGate gate;

	private final JdbcClient jdbc;

	WorkOrderTickets(WorkOrderService service, ControlGate gate, JdbcClient jdbc) {
		this.service = service;
		this.gate = gate;
		this.jdbc = jdbc;
	}

	@Transactional
	public WorkOrderRef openFromTicket(long assetId, long ticketId, String title) {
		return this.service.openCorrective(new WorkCommands.NewCorrective(assetId, title, null, null, ticketId));
	}

	@Transactional(readOnly = true)
	public List<TicketWorkOrder> ofTicket(long ticketId) {
		return this.jdbc
			.sql("""
					select w.id, w.number, w.status, w.title, a.inventory_number as asset_number, w.completed_at
					from inv_work_order w join inv_asset a on a.id = w.asset_id where w.ticket_id = :ticket order by w.id""")
			.param("ticket", ticketId)
			.query(TicketWorkOrder.class)
			.list();
	}

	public AssetBlock block(long assetId) {
		return this.gate.block(assetId);
	}

}
