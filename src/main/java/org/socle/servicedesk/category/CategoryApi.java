package org.socle.servicedesk.category;

import java.time.Instant;
import java.util.List;

import org.socle.servicedesk.category.CategoryCommands.Archive;
import org.socle.servicedesk.category.CategoryCommands.Change;
import org.socle.servicedesk.category.CategoryCommands.NewCategory;
import org.socle.servicedesk.category.CategoryForest.Line;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the teams' category trees. */
@RestController
@RequestMapping("/api/v1")
class CategoryApi {

	private final CategoryTree tree;

	private final CategoryService categories;

	CategoryApi(CategoryTree tree, CategoryService categories) {
		this.tree = tree;
		this.categories = categories;
	}

	/** The tree, parents before children, siblings by name. */
	@GetMapping("/teams/{teamId}/categories")
	List<CategoryView> list(@PathVariable Long teamId, @RequestParam(defaultValue = "false") boolean archived) {
		return this.tree.lines(teamId, archived).stream().map(CategoryView::of).toList();
	}

	@PostMapping("/teams/{teamId}/categories")
	@ResponseStatus(HttpStatus.CREATED)
	CategoryView add(@PathVariable Long teamId, @RequestBody NewCategory command) {
		return view(this.categories.add(teamId, command));
	}

	@GetMapping("/categories/{id}")
	CategoryView get(@PathVariable Long id) {
		return view(this.tree.get(id));
	}

	/** Renames and/or moves (parentId null: to the roots). */
	@PutMapping("/categories/{id}")
	CategoryView change(@PathVariable Long id, @RequestBody Change command) {
		return view(this.categories.change(id, command));
	}

	@PostMapping("/categories/{id}/archive")
	CategoryView archive(@PathVariable Long id, @RequestBody Archive command) {
		return view(this.categories.archive(id, command));
	}

	private CategoryView view(Category category) {
		CategoryForest forest = this.tree.forestOf(category.getTeamId());
		return CategoryView.of(new Line(category, forest.depthOf(category), forest.pathOf(category)));
	}

	/** A category as the API shows it. */
	record CategoryView(Long id, Long teamId, Long parentId, String name, String path, int depth, boolean archived,
			String archiveReason, long version, Instant createdAt, String createdBy, Instant lastModifiedAt,
			String lastModifiedBy) {

		static CategoryView of(Line line) {
			Category c = line.category();
			return new CategoryView(c.getId(), c.getTeamId(), c.getParentId(), c.getName(), line.path(), line.depth(),
					c.isArchived(), c.getArchiveReason(), c.getVersion(), c.getCreatedAt(), c.getCreatedBy(),
					c.getLastModifiedAt(), c.getLastModifiedBy());
		}
	}

}
