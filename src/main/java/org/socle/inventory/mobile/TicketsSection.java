package org.socle.inventory.mobile;

import org.socle.inventory.asset.AssetPageSection;

import org.springframework.stereotype.Component;

/**
 * The asset page's card of the tickets about the asset. The service desk serves its body
 * (the inventory may not depend on the service desk, so only the address is known here;
 * the service desk checks access to the asset and to each ticket).
 */
@Component
class TicketsSection implements AssetPageSection {

	@Override
	public String titleKey() {
		return "inventory.mobile.section.tickets";
	}

	@Override
	public String url(long assetId) {
		return "/servicedesk/assets/" + assetId + "/tickets";
	}

	@Override
	public int order() {
		return 20;
	}

}
