package org.socle.servicedesk.category;

/** What a team lead asks of the category tree, in a page or through the API. */
final class CategoryCommands {

	private CategoryCommands() {
	}

	/** A new category under a parent of the same team (none: a root). */
	record NewCategory(Long parentId, String name) {
	}

	/** Renames and/or moves a category, based on the version the caller saw. */
	record Change(String name, Long parentId, Long version) {
	}

	/** Archives with a reason, based on the version the caller saw. */
	record Archive(Long version, String reason) {
	}

}
