package org.socle.inventory.notice;

import org.socle.inventory.asset.AssetPageSection;

import org.springframework.stereotype.Component;

/** The "Safety notices" card of the asset page: the notices that found the asset. */
@Component
class NoticeAssetSection implements AssetPageSection {

	@Override
	public String titleKey() {
		return "inventory.notices.card.title";
	}

	@Override
	public String url(long assetId) {
		return "/inventory/assets/" + assetId + "/safety-notices";
	}

	@Override
	public int order() {
		return 60;
	}

}
