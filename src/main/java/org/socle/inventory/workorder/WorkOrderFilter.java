package org.socle.inventory.workorder;

/**
 * The work-order list's filters; every one is optional. {@code overdue} keeps open work
 * orders past their due date.
 */
public record WorkOrderFilter(WorkOrderType type, WorkOrderStatus status, Long teamId, Long establishmentId,
		Long assetId, Boolean overdue) {

	public static WorkOrderFilter none() {
		return new WorkOrderFilter(null, null, null, null, null, null);
	}

}
