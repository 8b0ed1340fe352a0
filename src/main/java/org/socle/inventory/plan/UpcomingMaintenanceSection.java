package org.socle.inventory.plan;

import org.socle.inventory.asset.AssetPageSection;

import org.springframework.stereotype.Component;

/** The asset page's card of upcoming and overdue maintenance. */
@Component
class UpcomingMaintenanceSection implements AssetPageSection {

	@Override
	public String titleKey() {
		return "inventory.plan.upcoming.title";
	}

	@Override
	public String url(long assetId) {
		return "/inventory/plans/assets/" + assetId;
	}

	@Override
	public int order() {
		return 40;
	}

}
