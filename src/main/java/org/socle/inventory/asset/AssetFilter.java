package org.socle.inventory.asset;

import org.socle.inventory.category.AssetKind;

/**
 * The asset list's filters: kind, category, establishment, owner team, status and a text
 * found in the inventory number, serial number, name or model.
 */
public record AssetFilter(AssetKind kind, Long categoryId, Long establishmentId, Long ownerTeamId, AssetStatus status,
		String q) {

	public static AssetFilter none() {
		return new AssetFilter(null, null, null, null, null, null);
	}

	String text() {
		return (this.q == null || this.q.isBlank()) ? null : this.q.strip();
	}

}
