package org.socle.inventory.label;

import org.socle.inventory.asset.AssetPageSection;

import org.springframework.stereotype.Component;

/** The asset page's card of the asset's label: its QR code, address and PDF. */
@Component
class LabelSection implements AssetPageSection {

	@Override
	public String titleKey() {
		return "inventory.labels.section";
	}

	@Override
	public String url(long assetId) {
		return "/inventory/assets/" + assetId + "/label";
	}

	@Override
	public int order() {
		return 90;
	}

}
