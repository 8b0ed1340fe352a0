package org.socle.inventory.asset;

import java.time.Instant;

/** One line of the asset list and its exports. */
public record AssetRow(Long id, String inventoryNumber, String name, String serialNumber, String kind, Long categoryId,
		String category, String model, Long establishmentId, Long ownerTeamId, String status, String criticality,
		boolean criticalityOverridden, Instant lastModifiedAt) {

	/** What names the asset in a list: its name, else its model, else its category. */
	public String label() {
		return (this.name != null) ? this.name : (this.model != null) ? this.model : this.category;
	}

}
