package org.socle.inventory.label;

/**
 * Which assets to print labels for: the asset list's filters (category, establishment,
 * owner team, status), all optional.
 */
record LabelFilter(Long categoryId, Long establishmentId, Long teamId, String status) {

	static LabelFilter none() {
		return new LabelFilter(null, null, null, null);
	}

}
