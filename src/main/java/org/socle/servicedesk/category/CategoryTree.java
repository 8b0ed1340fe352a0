package org.socle.servicedesk.category;

import java.util.List;
import java.util.Set;

import org.socle.servicedesk.category.CategoryForest.Line;
import org.socle.servicedesk.ticket.TicketCategories;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the teams' category trees: for the pages and the API (within the account's
 * sight), and for tickets' filters and timeline (ids already checked by the caller).
 */
@Component
class CategoryTree implements TicketCategories {

	private final CategoryRepository categories;

	private final CategoryAccess access;

	CategoryTree(CategoryRepository categories, CategoryAccess access) {
		this.categories = categories;
		this.access = access;
	}

	/** The tree of a team the account sees (404 otherwise), archived lines on demand. */
	@Transactional(readOnly = true)
	public List<Line> lines(Long teamId, boolean withArchived) {
		this.access.readable(teamId);
		return forestOf(teamId).lines(withArchived);
	}

	/** A category of a team the account sees, or 404. */
	@Transactional(readOnly = true)
	public Category get(Long id) {
		Category category = this.categories.findById(id).orElseThrow(() -> new RecordNotFoundException("Category", id));
		try {
			this.access.readable(category.getTeamId());
		}
		catch (RecordNotFoundException ex) {
			throw new RecordNotFoundException("Category", id);
		}
		return category;
	}

	/**
	 * The active categories offered for a team's tickets; none for a team out of sight.
	 */
	@Transactional(readOnly = true)
	public List<Line> choices(Long teamId) {
		if (teamId == null) {
			return List.of();
		}
		try {
			return lines(teamId, false);
		}
		catch (RecordNotFoundException ex) {
			return List.of();
		}
	}

	CategoryForest forestOf(Long teamId) {
		return CategoryForest.of(this.categories.findByTeamIdOrderByNameAsc(teamId));
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> withDescendants(Long categoryId) {
		return this.categories.findById(categoryId)
			.map(c -> forestOf(c.getTeamId()).withDescendants(categoryId))
			.orElse(Set.of(categoryId));
	}

	@Override
	@Transactional(readOnly = true)
	public String pathOf(Long categoryId) {
		return (categoryId == null) ? ""
				: this.categories.findById(categoryId).map(c -> forestOf(c.getTeamId()).pathOf(c)).orElse("");
	}

}
