package org.socle.servicedesk.category;

import java.util.Objects;

import org.socle.servicedesk.category.CategoryCommands.Archive;
import org.socle.servicedesk.category.CategoryCommands.Change;
import org.socle.servicedesk.category.CategoryCommands.NewCategory;
import org.socle.shared.web.FieldRuleException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a team's category tree: add, rename, move, archive (never delete: tickets keep
 * their category). Names are unique among active siblings; a tree is at most
 * {@value Category#MAX_DEPTH} levels deep; a move never puts a category under itself.
 */
@Service
class CategoryService {

	static final String SIBLING_NAME_INDEX = "uk_sd_category_sibling_name";

	private static final int NAME_MAX = 200;

	private final CategoryRepository categories;

	private final CategoryTree tree;

	private final CategoryAccess access;

	CategoryService(CategoryRepository categories, CategoryTree tree, CategoryAccess access) {
		this.categories = categories;
		this.tree = tree;
		this.access = access;
	}

	@Transactional
	public Category add(Long teamId, NewCategory command) {
		this.access.managed(teamId);
		CategoryForest forest = this.tree.forestOf(teamId);
		String name = checkName(command.name());
		if (command.parentId() != null) {
			Category parent = checkParent(forest, command.parentId());
			if (forest.depthOf(parent) + 1 > Category.MAX_DEPTH) {
				throw FieldRuleException.invalid("parentId", "CategoryTooDeep", Category.MAX_DEPTH);
			}
		}
		checkUnique(forest, command.parentId(), name, null);
		return save(new Category(teamId, command.parentId(), name));
	}

	/** Renames and moves in one go (the page's rename and move each keep the other). */
	@Transactional
	public Category change(Long id, Change command) {
		Category category = editable(id);
		category.checkVersion((command.version() != null) ? command.version() : -1);
		CategoryForest forest = this.tree.forestOf(category.getTeamId());
		String name = checkName(command.name());
		if (!Objects.equals(command.parentId(), category.getParentId())) {
			checkMove(forest, category, command.parentId());
		}
		checkUnique(forest, command.parentId(), name, id);
		category.setName(name);
		category.setParentId(command.parentId());
		return save(category);
	}

	@Transactional
	public Category archive(Long id, Archive command) {
		Category category = editable(id);
		category.checkVersion((command.version() != null) ? command.version() : -1);
		if (command.reason() == null || command.reason().isBlank()) {
			throw FieldRuleException.invalid("reason", "NotBlank");
		}
		if (this.tree.forestOf(category.getTeamId()).childrenOf(id).stream().anyMatch(child -> !child.isArchived())) {
			throw FieldRuleException.invalid("parentId", "CategoryHasActiveChildren");
		}
		category.archive(command.reason().strip());
		return this.categories.saveAndFlush(category);
	}

	private Category editable(Long id) {
		Category category = this.tree.get(id);
		this.access.managed(category.getTeamId());
		if (category.isArchived()) {
			throw FieldRuleException.invalid("name", "CategoryArchived");
		}
		return category;
	}

	private static void checkMove(CategoryForest forest, Category category, Long parentId) {
		if (parentId == null) {
			return;
		}
		if (forest.isWithin(parentId, category)) {
			throw FieldRuleException.invalid("parentId", "CategoryCycle");
		}
		Category parent = checkParent(forest, parentId);
		if (forest.depthOf(parent) + forest.heightOf(category) > Category.MAX_DEPTH) {
			throw FieldRuleException.invalid("parentId", "CategoryTooDeep", Category.MAX_DEPTH);
		}
	}

	/** A parent of the same team (the forest holds only that team's), not archived. */
	private static Category checkParent(CategoryForest forest, Long parentId) {
		Category parent = forest.get(parentId);
		if (parent == null) {
			throw FieldRuleException.invalid("parentId", "CategoryParentUnknown", parentId);
		}
		if (parent.isArchived()) {
			throw FieldRuleException.invalid("parentId", "CategoryParentArchived");
		}
		return parent;
	}

	private static String checkName(String name) {
		if (name == null || name.isBlank()) {
			throw FieldRuleException.invalid("name", "NotBlank");
		}
		if (name.strip().length() > NAME_MAX) {
			throw FieldRuleException.invalid("name", "CategoryNameLength", NAME_MAX);
		}
		return name.strip();
	}

	private static void checkUnique(CategoryForest forest, Long parentId, String name, Long exceptId) {
		if (forest.nameTaken(parentId, name, exceptId)) {
			throw FieldRuleException.duplicate("name", name);
		}
	}

	/** Saves; two leads adding the same name at once end as a duplicate too. */
	private Category save(Category category) {
		try {
			return this.categories.saveAndFlush(category);
		}
		catch (DataIntegrityViolationException ex) {
			String message = ex.getMostSpecificCause().getMessage();
			if (message != null && message.contains(SIBLING_NAME_INDEX)) {
				throw FieldRuleException.duplicate("name", category.getName());
			}
			throw ex;
		}
	}

}
