package org.socle.inventory.workorder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.socle.inventory.AssetRef;
import org.socle.inventory.WorkOrderProgressed;
import org.socle.inventory.asset.AssetStatus;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works a work order: its transitions, the work recorded, parts, checklist measures, the
 * verdict and the downtime window. A work order is read and kept as its asset is.
 */
@Service
@Transactional
public class WorkOrderService {

	private final WorkOrderRepository workOrders;

	private final WorkOrderOpener opener;

	private final WorkOrderAccess access;

	private final Nonconformities nonconformities;

	private final ControlGate gate;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkOrderService(WorkOrderRepository workOrders, WorkOrderOpener opener, WorkOrderAccess access,
			Nonconformities nonconformities, ControlGate gate, ApplicationEventPublisher events, Clock clock) {
		this.workOrders = workOrders;
		this.opener = opener;
		this.access = access;
		this.nonconformities = nonconformities;
		this.gate = gate;
		this.events = events;
		this.clock = clock;
	}

	/** A work order the account reads, else "not found". */
	@Transactional(readOnly = true)
	public WorkOrder get(long id) {
		WorkOrder workOrder = find(id);
		this.access.readableAsset(workOrder.getAssetId());
		return workOrder;
	}

	/** The work order with its asset, the asset's block and its nonconformities. */
	@Transactional(readOnly = true)
	public WorkOrderDetail detail(long id) {
		WorkOrder workOrder = find(id);
		var asset = this.access.readableAsset(workOrder.getAssetId());
		return new WorkOrderDetail(workOrder, asset, this.gate.block(workOrder.getAssetId()),
				this.nonconformities.ofWorkOrder(id), this.access.keeps(asset));
	}

	/** Whether the account may work the work order (it keeps the asset). */
	@Transactional(readOnly = true)
	public boolean canWork(WorkOrder workOrder) {
		return this.access.keeps(this.access.readableAsset(workOrder.getAssetId()));
	}

	/**
	 * Opens a corrective work order on an asset the account keeps; a retired or disposed
	 * asset takes no more repairs.
	 */
	public WorkOrderRef openCorrective(WorkCommands.NewCorrective command) {
		AssetRef asset = this.access.keptAsset(command.assetId());
		if (AssetStatus.valueOf(asset.status()).isGone()) {
			throw FieldRuleException.invalid("assetId", "WorkOrderAssetGone", asset.inventoryNumber());
		}
		NewWorkOrder order = new NewWorkOrder(WorkOrderType.CORRECTIVE, command.assetId(), null, command.title(),
				command.dueOn(), command.ticketId());
		return this.opener.opened(order, command.description(), List.of());
	}

	public WorkOrder transition(long id, WorkCommands.Transition command) {
		WorkOrder workOrder = kept(id, command.version());
		workOrder.moveTo(command.to(), command.note(), this.clock.instant());
		this.workOrders.saveAndFlush(workOrder);
		if (workOrder.getStatus() == WorkOrderStatus.DONE && workOrder.isFailed()) {
			this.nonconformities.raise(workOrder);
		}
		if (workOrder.getStatus() == WorkOrderStatus.DONE) {
			this.events.publishEvent(new WorkOrderDone(workOrder.getId(), LocalDate.now(this.clock)));
		}
		if (workOrder.getTicketId() != null) {
			String note = (command.note() != null) ? command.note() : workOrder.getClosingNote();
			this.events.publishEvent(new WorkOrderProgressed(workOrder.getId(), workOrder.getNumber(),
					workOrder.getTicketId(), workOrder.getStatus().name(), note));
		}
		return workOrder;
	}

	public WorkOrder addRecord(long id, WorkCommands.NewWorkRecord command) {
		if (command.personId() == null && (blank(command.technicianName()) || blank(command.employer()))) {
			throw FieldRuleException.invalid("technicianName", "WorkOrderWhoWorked");
		}
		boolean window = command.startedAt() != null && command.endedAt() != null
				&& command.endedAt().isAfter(command.startedAt());
		if (command.minutes() == null && !window) {
			throw FieldRuleException.invalid("minutes", "WorkOrderWorkTime");
		}
		WorkOrder workOrder = kept(id, null);
		workOrder.addRecord(new WorkRecord(command));
		return this.workOrders.saveAndFlush(workOrder);
	}

	public WorkOrder addPart(long id, WorkCommands.NewPart command) {
		WorkOrder workOrder = kept(id, null);
		workOrder.addPart(new WorkOrderPart(command.reference(), command.description(), command.quantity()));
		return this.workOrders.saveAndFlush(workOrder);
	}

	public WorkOrder addCheck(long id, WorkCommands.NewCheckLine command) {
		if (command.lowerLimit() != null && command.upperLimit() != null
				&& command.lowerLimit().compareTo(command.upperLimit()) > 0) {
			throw FieldRuleException.invalid("upperLimit", "WorkOrderLimitsOrder");
		}
		WorkOrder workOrder = kept(id, null);
		workOrder.checkOpen();
		workOrder.addCheck(
				new CheckLineSpec(command.label(), command.unit(), command.lowerLimit(), command.upperLimit()), false);
		return this.workOrders.saveAndFlush(workOrder);
	}

	public WorkOrder measure(long id, long lineId, WorkCommands.Measure command) {
		WorkOrder workOrder = kept(id, null);
		workOrder.checkOpen();
		CheckLine line = workOrder.check(lineId);
		if (command.measuredValue() == null && command.passed() == null) {
			throw FieldRuleException.invalid("measuredValue", "WorkOrderMeasureRequired");
		}
		line.record(command.measuredValue(), command.passed(), WorkRecord.blankToNull(command.comment()));
		return this.workOrders.saveAndFlush(workOrder);
	}

	public WorkOrder result(long id, WorkCommands.Result command) {
		WorkOrder workOrder = kept(id, command.version());
		workOrder.result(command.conformity(), command.closingNote());
		return this.workOrders.saveAndFlush(workOrder);
	}

	/**
	 * Records the asset's downtime window. After a corrective repair of a category that
	 * requires it, the asset is back in service only once a control has passed.
	 */
	public WorkOrder downtime(long id, WorkCommands.Downtime command) {
		WorkOrder workOrder = kept(id, command.version());
		if (command.backInService() != null && workOrder.getType() == WorkOrderType.CORRECTIVE
				&& this.gate.controlAfterRepair(workOrder.getAssetId())) {
			boolean controlled = workOrder.getCompletedAt() != null
					&& this.gate.passingControlSince(workOrder.getAssetId(), workOrder.getCompletedAt()).isPresent();
			if (!controlled) {
				throw FieldRuleException.invalid("backInService", "WorkOrderControlRequired", workOrder.getNumber());
			}
		}
		workOrder.downtime(command.downSince(), command.backInService());
		return this.workOrders.saveAndFlush(workOrder);
	}

	/** Refuses unless the account works the work order: 404 out of sight, else 403. */
	@Transactional(readOnly = true)
	public void checkWorks(long id) {
		kept(id, null);
	}

	private WorkOrder kept(long id, Long version) {
		WorkOrder workOrder = find(id);
		this.access.keptAsset(workOrder.getAssetId());
		if (version != null) {
			workOrder.checkVersion(version);
		}
		return workOrder;
	}

	private WorkOrder find(long id) {
		return this.workOrders.findById(id).orElseThrow(() -> new RecordNotFoundException("WorkOrder", id));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
