package org.socle.inventory.workorder;

import org.socle.inventory.AssetRef;
import org.socle.inventory.InventoryApi;
import org.socle.inventory.asset.AssetAccess;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.stereotype.Component;

/**
 * A work order is read and kept as its asset is ({@link AssetAccess}): out of sight is
 * "not found", read-only is refused.
 */
@Component
class WorkOrderAccess {

	private final InventoryApi inventory;

	private final AssetAccess assets;

	WorkOrderAccess(InventoryApi inventory, AssetAccess assets) {
		this.inventory = inventory;
		this.assets = assets;
	}

	AssetRef readableAsset(long assetId) {
		return this.assets.readable(asset(assetId));
	}

	AssetRef keptAsset(long assetId) {
		return this.assets.kept(asset(assetId));
	}

	boolean keeps(AssetRef asset) {
		return this.assets.keeps(asset);
	}

	private AssetRef asset(long assetId) {
		return this.inventory.asset(assetId).orElseThrow(() -> new RecordNotFoundException("Asset", assetId));
	}

	AssetAccess assets() {
		return this.assets;
	}

}
