package org.socle.inventory.workorder;

import org.socle.inventory.InventoryApi;
import org.socle.inventory.asset.AssetLifecycle;
import org.socle.inventory.asset.AssetStatus;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.stereotype.Component;

/**
 * Changes an asset's lifecycle status for a maintenance decision (a serious nonconformity
 * takes it out of service, a passing control restarts it) through the asset's lifecycle,
 * so that the decision is recorded as any other transition: the status change row
 * (reason, person, time) the register shows, and a revision in the asset's history. A
 * status the table does not lead from (an asset not yet received, or retired) is left as
 * it is: such an asset is not in use anyway, and the nonconformity still blocks it.
 */
@Component
class AssetStatusWriter {

	private final AssetLifecycle lifecycle;

	private final InventoryApi inventory;

	AssetStatusWriter(AssetLifecycle lifecycle, InventoryApi inventory) {
		this.lifecycle = lifecycle;
		this.inventory = inventory;
	}

	/**
	 * Moves the asset to the status with the reason; nothing when it is already there or
	 * cannot go there.
	 */
	void change(long assetId, AssetStatus to, String reason) {
		AssetStatus from = this.inventory.asset(assetId)
			.map(asset -> AssetStatus.valueOf(asset.status()))
			.orElseThrow(() -> new RecordNotFoundException("Asset", assetId));
		if (from.canMoveTo(to)) {
			this.lifecycle.transition(assetId, new AssetLifecycle.Transition(to, reason, null));
		}
	}

}
