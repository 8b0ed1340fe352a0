package org.socle.inventory.asset;

import java.util.Comparator;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.socle.directory.CurrentAccess;
import org.socle.inventory.category.AssetCategoryService;
import org.socle.inventory.model.ModelService;
import org.socle.shared.audit.HistoryService;
import org.socle.shared.audit.StaleVersionException;
import org.socle.shared.web.FieldRuleException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The asset page: details, lifecycle actions (htmx), move form, status and move journals,
 * the cards of every {@link AssetPageSection}, and the Envers history tab.
 */
@Controller
@RequestMapping("/inventory/assets")
class AssetDetailPages {

	private static final String VIEWS = AssetPages.VIEWS;

	private final AssetService assets;

	private final AssetLifecycle lifecycle;

	private final AssetRecords records;

	private final AssetCategoryService categories;

	private final ModelService models;

	private final RegisterDirectory directory;

	private final HistoryService history;

	private final ObjectProvider<AssetPageSection> sections;

	private final CurrentAccess access;

	private final MessageSource messages;

	AssetDetailPages(AssetService assets, AssetLifecycle lifecycle, AssetRecords records,
			AssetCategoryService categories, ModelService models, RegisterDirectory directory, HistoryService history,
			ObjectProvider<AssetPageSection> sections, CurrentAccess access, MessageSource messages) {
		this.assets = assets;
		this.lifecycle = lifecycle;
		this.records = records;
		this.categories = categories;
		this.models = models;
		this.directory = directory;
		this.history = history;
		this.sections = sections;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		Asset asset = this.assets.get(id);
		addLifecycle(model, asset);
		model.addAttribute("category", this.categories.get(asset.getCategoryId()));
		model.addAttribute("model", (asset.getModelId() != null) ? this.models.get(asset.getModelId()) : null);
		model.addAttribute("criticality", this.assets.criticality(asset));
		model.addAttribute("establishmentNames", this.directory.establishmentNames());
		model.addAttribute("teamNames", this.directory.teamNames());
		model.addAttribute("locationLabel", this.directory.locationLabel(asset.getLocationId()));
		model.addAttribute("departmentLabel", this.directory.departmentLabel(asset.getDepartmentId()));
		model.addAttribute("moves", this.records.moves(id));
		model.addAttribute("establishments", this.directory.establishments());
		model.addAttribute("locations", this.directory.locations(asset.getEstablishmentId()));
		model.addAttribute("departments", this.directory.departments(asset.getEstablishmentId()));
		model.addAttribute("sections",
				this.sections.orderedStream().sorted(Comparator.comparingInt(AssetPageSection::order)).toList());
		return VIEWS + "detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable Long id, Model model) {
		Asset asset = this.assets.get(id);
		model.addAttribute("asset", asset);
		model.addAttribute("history", this.history.historyOf(Asset.class, id));
		model.addAttribute("fieldPrefix", "inventory.asset.");
		return VIEWS + "history";
	}

	@PostMapping("/{id}/transitions")
	String transition(@PathVariable Long id, @RequestParam(required = false) AssetStatus to,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		String error = attempt(() -> this.lifecycle.transition(id, new AssetLifecycle.Transition(to, reason, version)));
		if (htmx.isHtmxRequest()) {
			addLifecycle(model, this.assets.get(id));
			model.addAttribute("transitionError", error);
			model.addAttribute("reason", (error != null) ? reason : null);
			return VIEWS + "detail :: lifecycle";
		}
		redirect.addFlashAttribute((error != null) ? "actionError" : "saved", (error != null) ? error : true);
		return "redirect:/inventory/assets/" + id;
	}

	@PostMapping("/{id}/moves")
	String move(@PathVariable Long id, @RequestParam(required = false) Long establishmentId,
			@RequestParam(required = false) Long locationId, @RequestParam(required = false) Long departmentId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		String error = attempt(() -> this.lifecycle.move(id,
				new AssetLifecycle.Move(establishmentId, locationId, departmentId, reason, null)));
		redirect.addFlashAttribute((error != null) ? "actionError" : "saved", (error != null) ? error : true);
		return "redirect:/inventory/assets/" + id;
	}

	/** The location and department choices of an establishment, for the move form. */
	@GetMapping("/places")
	String places(@RequestParam(required = false) Long establishmentId, Model model) {
		if (!this.assets.canCreate()) {
			throw new AccessDeniedException("Places are for workers");
		}
		boolean visible = establishmentId != null && this.access.scope().canSee(establishmentId);
		model.addAttribute("locations", visible ? this.directory.locations(establishmentId) : List.of());
		model.addAttribute("departments", visible ? this.directory.departments(establishmentId) : List.of());
		return VIEWS + "detail :: places";
	}

	private void addLifecycle(Model model, Asset asset) {
		model.addAttribute("asset", asset);
		model.addAttribute("canKeep", this.assets.keeps(asset));
		model.addAttribute("nextStatuses", asset.getStatus().next());
		model.addAttribute("statusChanges", this.records.statusChanges(asset.getId()));
	}

	/**
	 * Runs a command; returns the message of its refusal (with the rule's arguments, in
	 * the request's language), or null when done.
	 */
	private String attempt(Runnable command) {
		try {
			command.run();
			return null;
		}
		catch (FieldRuleException ex) {
			return this.messages.getMessage(ex.messageKey(), ex.getArguments(), ex.messageKey(),
					LocaleContextHolder.getLocale());
		}
		catch (StaleVersionException | org.springframework.dao.OptimisticLockingFailureException ex) {
			return this.messages.getMessage("rule.StaleVersion", null, LocaleContextHolder.getLocale());
		}
	}

}
