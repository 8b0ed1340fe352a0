package org.socle.inventory.importing;

import java.util.List;

/**
 * An import's confirmation wrote these assets. Published inside the import transaction;
 * listeners that act on the new assets (their maintenance plans) do so once it has
 * committed.
 */
public record AssetsImported(List<Long> assetIds) {

	public AssetsImported {
		assetIds = List.copyOf(assetIds);
	}

}
