package org.socle.servicedesk.category;

import java.util.List;

import org.socle.directory.DirectoryApi.TeamRef;
import org.socle.servicedesk.category.CategoryCommands.Archive;
import org.socle.servicedesk.category.CategoryCommands.Change;
import org.socle.servicedesk.category.CategoryCommands.NewCategory;
import org.socle.servicedesk.category.CategoryForest.Line;
import org.socle.shared.audit.StaleVersionException;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A team's category tree: everyone who sees the team reads it; its leads and the
 * administrators of its establishment add, rename, move and archive. Each action comes
 * back to the tree, with the reason when it was refused.
 */
@Controller
@RequestMapping("/servicedesk/teams/{teamId}/categories")
class CategoryPages {

	private final CategoryTree tree;

	private final CategoryService categories;

	private final CategoryAccess access;

	private final MessageSource messages;

	CategoryPages(CategoryTree tree, CategoryService categories, CategoryAccess access, MessageSource messages) {
		this.tree = tree;
		this.categories = categories;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping
	String tree(@PathVariable Long teamId, Model model) {
		TeamRef team = this.access.readable(teamId);
		List<Line> lines = this.tree.lines(teamId, true);
		model.addAttribute("team", team);
		model.addAttribute("lines", lines);
		model.addAttribute("parents",
				lines.stream().filter(l -> !l.category().isArchived() && l.depth() < Category.MAX_DEPTH).toList());
		model.addAttribute("maxDepth", Category.MAX_DEPTH);
		model.addAttribute("canManage", this.access.manages(team));
		return "servicedesk/category/tree";
	}

	@PostMapping
	String add(@PathVariable Long teamId, @RequestParam(required = false) Long parentId,
			@RequestParam(required = false) String name, RedirectAttributes redirect) {
		return attempt(teamId, redirect, () -> this.categories.add(teamId, new NewCategory(parentId, name)));
	}

	@PostMapping("/{id}/rename")
	String rename(@PathVariable Long teamId, @PathVariable Long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		Category category = ofTeam(teamId, id);
		return attempt(teamId, redirect,
				() -> this.categories.change(id, new Change(name, category.getParentId(), version)));
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable Long teamId, @PathVariable Long id, @RequestParam(required = false) Long parentId,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		Category category = ofTeam(teamId, id);
		return attempt(teamId, redirect,
				() -> this.categories.change(id, new Change(category.getName(), parentId, version)));
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable Long teamId, @PathVariable Long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		ofTeam(teamId, id);
		return attempt(teamId, redirect, () -> this.categories.archive(id, new Archive(version, reason)));
	}

	/** A category of the team in the address, or 404. */
	private Category ofTeam(Long teamId, Long id) {
		Category category = this.tree.get(id);
		if (!category.getTeamId().equals(teamId)) {
			throw new RecordNotFoundException("Category", id);
		}
		return category;
	}

	/** Runs the change; a refusal is told above the tree after the redirect. */
	private String attempt(Long teamId, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (FieldRuleException ex) {
			redirect.addFlashAttribute("actionMessage", message(ex.messageKey(), ex.getArguments()));
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("actionMessage", message("rule.StaleVersion"));
		}
		return "redirect:/servicedesk/teams/" + teamId + "/categories";
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
