package org.socle.inventory.mobile;

import java.util.Set;

import org.socle.inventory.AssetRef;

/**
 * An asset as its mobile page shows it: what it is (name or model, category,
 * manufacturer, serial number), where it belongs and its lifecycle status.
 */
record MobileAsset(long id, String inventoryNumber, String kind, String title, String categoryName,
		String manufacturerName, String modelName, String serialNumber, String status, Long establishmentId,
		Long ownerTeamId, Long departmentId, Long locationId) {

	/** States in which the asset must not be used. */
	private static final Set<String> BLOCKED = Set.of("OUT_OF_SERVICE", "RETIRED", "DISPOSED");

	/** Out of service (or gone): the page says so first, in red. */
	public boolean blocked() {
		return BLOCKED.contains(this.status);
	}

	/** Away for repair, on loan or in stock: usable later, not now. */
	public boolean away() {
		return Set.of("IN_REPAIR", "ON_LOAN", "IN_STOCK").contains(this.status);
	}

	AssetRef ref() {
		return new AssetRef(this.id, this.inventoryNumber, this.title, this.kind, this.status, this.establishmentId,
				this.ownerTeamId);
	}

}
