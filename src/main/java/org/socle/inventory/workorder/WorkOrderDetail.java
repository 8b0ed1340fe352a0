package org.socle.inventory.workorder;

import java.util.List;

import org.socle.inventory.AssetBlock;
import org.socle.inventory.AssetRef;

/** A work order with its asset, what blocks the asset, and its nonconformities. */
public record WorkOrderDetail(WorkOrder workOrder, AssetRef asset, AssetBlock block,
		List<Nonconformity> nonconformities, boolean canWork) {

}
