package org.socle.servicedesk.category;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One team's categories as a tree, built in memory from one query (a team has tens or
 * hundreds of them): depths, paths, sub-trees, and the lines a page shows.
 */
final class CategoryForest {

	static final String SEPARATOR = " › ";

	private final Map<Long, Category> byId = new HashMap<>();

	private final Map<Long, List<Category>> children = new HashMap<>();

	private CategoryForest(List<Category> byName) {
		for (Category c : byName) {
			this.byId.put(c.getId(), c);
			this.children.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(c);
		}
	}

	/**
	 * @param byName the team's categories, sorted by name
	 */
	static CategoryForest of(List<Category> byName) {
		return new CategoryForest(byName);
	}

	Category get(Long id) {
		return this.byId.get(id);
	}

	List<Category> childrenOf(Long parentId) {
		return this.children.getOrDefault(parentId, List.of());
	}

	/** 1 for a root. */
	int depthOf(Category category) {
		int depth = 0;
		for (Category c = category; c != null && depth <= this.byId.size(); c = this.byId.get(c.getParentId())) {
			depth++;
		}
		return depth;
	}

	/** Levels from the category down to its deepest descendant: 1 for a leaf. */
	int heightOf(Category category) {
		int below = 0;
		for (Category child : childrenOf(category.getId())) {
			below = Math.max(below, heightOf(child));
		}
		return below + 1;
	}

	/** The category's id and those of everything below it. */
	Set<Long> withDescendants(Long id) {
		Set<Long> ids = new HashSet<>();
		collect(id, ids);
		return ids;
	}

	private void collect(Long id, Set<Long> ids) {
		if (ids.add(id)) {
			childrenOf(id).forEach(child -> collect(child.getId(), ids));
		}
	}

	/** Whether the candidate is the category itself or below it. */
	boolean isWithin(Long candidateId, Category category) {
		return withDescendants(category.getId()).contains(candidateId);
	}

	/** "Hardware › Printer" for the category Printer under Hardware. */
	String pathOf(Category category) {
		List<String> names = new ArrayList<>();
		for (Category c = category; c != null && names.size() <= this.byId.size(); c = this.byId.get(c.getParentId())) {
			names.add(c.getName());
		}
		Collections.reverse(names);
		return String.join(SEPARATOR, names);
	}

	/** Every category, parents before their children, siblings by name. */
	List<Line> lines(boolean withArchived) {
		List<Line> lines = new ArrayList<>();
		addLines(null, 1, withArchived, lines);
		return lines;
	}

	private void addLines(Long parentId, int depth, boolean withArchived, List<Line> lines) {
		for (Category c : childrenOf(parentId)) {
			if (withArchived || !c.isArchived()) {
				lines.add(new Line(c, depth, pathOf(c)));
				addLines(c.getId(), depth + 1, withArchived, lines);
			}
		}
	}

	/** Whether an active sibling under the parent already has the name (any case). */
	boolean nameTaken(Long parentId, String name, Long exceptId) {
		return childrenOf(parentId).stream()
			.anyMatch(
					c -> !c.isArchived() && !Objects.equals(c.getId(), exceptId) && c.getName().equalsIgnoreCase(name));
	}

	/** A category as a line of the tree: its depth (1 for a root) and its path. */
	record Line(Category category, int depth, String path) {

		public Long id() {
			return this.category.getId();
		}

	}

}
