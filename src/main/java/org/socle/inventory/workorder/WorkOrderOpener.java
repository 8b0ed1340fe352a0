package org.socle.inventory.workorder;

import java.util.List;

import org.socle.inventory.WorkOrderProgressed;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens work orders for every feature that needs one (plans falling due, tickets about an
 * asset, safety notices), numbered OT-000123 from one sequence, kept with their history.
 * The owning team and establishment default to the asset's. Joins the caller's
 * transaction; the caller has checked access.
 */
@Component
public class WorkOrderOpener {

	private final JdbcClient jdbc;

	private final WorkOrderRepository workOrders;

	private final ApplicationEventPublisher events;

	WorkOrderOpener(JdbcClient jdbc, WorkOrderRepository workOrders, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.workOrders = workOrders;
		this.events = events;
	}

	@Transactional
	public WorkOrderRef open(NewWorkOrder order) {
		return open(order, List.of());
	}

	/**
	 * Opens the work order with its checklist: the lines and their limits are copied, so
	 * a later change of the plan does not rewrite what this work order checks.
	 */
	@Transactional
	public WorkOrderRef open(NewWorkOrder order, List<CheckLineSpec> checklist) {
		return opened(order, null, checklist);
	}

	WorkOrderRef opened(NewWorkOrder order, String description, List<CheckLineSpec> checklist) {
		AssetOwner owner = this.jdbc.sql("select owner_team_id, establishment_id from inv_asset where id = :id")
			.param("id", order.assetId())
			.query(AssetOwner.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("Asset", order.assetId()));
		String number = "OT-%06d"
			.formatted(this.jdbc.sql("select nextval('inv_work_order_number_seq')").query(Long.class).single());
		long team = (order.teamId() != null) ? order.teamId() : owner.ownerTeamId();
		WorkOrder workOrder = new WorkOrder(number, order, team, owner.establishmentId(), description);
		checklist.forEach(line -> workOrder.addCheck(line, true));
		WorkOrder saved = this.workOrders.saveAndFlush(workOrder);
		if (saved.getTicketId() != null) {
			this.events.publishEvent(new WorkOrderProgressed(saved.getId(), number, saved.getTicketId(),
					saved.getStatus().name(), null));
		}
		return new WorkOrderRef(saved.getId(), number);
	}

	record AssetOwner(long ownerTeamId, long establishmentId) {
	}

}
