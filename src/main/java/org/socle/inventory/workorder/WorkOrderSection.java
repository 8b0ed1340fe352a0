package org.socle.inventory.workorder;

import org.socle.inventory.asset.AssetPageSection;

import org.springframework.stereotype.Component;

/** The "Work orders" card of the asset page. */
@Component
class WorkOrderSection implements AssetPageSection {

	@Override
	public String titleKey() {
		return "inventory.workOrders.title";
	}

	@Override
	public String url(long assetId) {
		return "/inventory/assets/" + assetId + "/work-orders";
	}

	@Override
	public int order() {
		return 20;
	}

}
