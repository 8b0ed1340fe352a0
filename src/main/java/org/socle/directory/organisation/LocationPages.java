package org.socle.directory.organisation;

import jakarta.validation.Valid;
import org.socle.shared.audit.HistoryService;
import org.socle.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages to add a location to a site's tree, and to view, edit and archive a location.
 */
@Controller
@RequestMapping("/directory")
class LocationPages {

	private static final String VIEWS = "directory/locations/";

	private final LocationService locations;

	private final SiteService sites;

	private final HistoryService history;

	LocationPages(LocationService locations, SiteService sites, HistoryService history) {
		this.locations = locations;
		this.sites = sites;
		this.history = history;
	}

	/**
	 * The form to add a building (no parent), a floor or a room under the given parent.
	 */
	@GetMapping("/sites/{siteId}/locations/new")
	String newForm(@PathVariable Long siteId, @RequestParam(required = false) Long parentId, Model model) {
		Site site = this.sites.editable(siteId);
		NewLocationForm form = new NewLocationForm();
		form.setParentId(parentId);
		Location parent = parentOf(site, parentId);
		form.setKind((parent != null) ? parent.getKind().childKind() : LocationKind.BUILDING);
		return showNewForm(model, site, form);
	}

	@PostMapping("/sites/{siteId}/locations")
	String create(@PathVariable Long siteId, @Valid @ModelAttribute("form") NewLocationForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Location created = FormErrors.attempt(binding, () -> this.locations.create(siteId, form));
		if (created == null) {
			return showNewForm(model, this.sites.get(siteId), form);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/sites/" + siteId;
	}

	@GetMapping("/locations/{id}")
	String detail(@PathVariable Long id, Model model) {
		Location location = this.locations.get(id);
		describe(model, location);
		model.addAttribute("children", this.locations.children(location));
		model.addAttribute("canEdit", this.locations.canEdit(location));
		return VIEWS + "detail";
	}

	@GetMapping("/locations/{id}/history")
	String history(@PathVariable Long id, Model model) {
		describe(model, this.locations.get(id));
		model.addAttribute("history", this.history.historyOf(Location.class, id));
		model.addAttribute("fieldPrefix", "directory.location.");
		return VIEWS + "history";
	}

	@GetMapping("/locations/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Location location = this.locations.editable(id);
		return showEditForm(model, location, LocationForm.of(location));
	}

	@PostMapping("/locations/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") LocationForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Location updated = FormErrors.attempt(binding, () -> this.locations.update(id, form));
		if (updated == null) {
			return showEditForm(model, this.locations.get(id), form);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/locations/" + id;
	}

	@PostMapping("/locations/{id}/archive")
	String archive(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		FormErrors.attemptArchive(redirect, () -> this.locations.archive(id, version, reason));
		return "redirect:/directory/locations/" + id;
	}

	private void describe(Model model, Location location) {
		model.addAttribute("location", location);
		model.addAttribute("site", location.getSite());
		model.addAttribute("ancestors", this.locations.ancestors(location));
	}

	private String showNewForm(Model model, Site site, NewLocationForm form) {
		model.addAttribute("form", form);
		model.addAttribute("site", site);
		model.addAttribute("parent", parentOf(site, form.getParentId()));
		model.addAttribute("kinds", LocationKind.values());
		return VIEWS + "form";
	}

	/**
	 * The parent shown on the form, if it is one of the site's (else the rule says why).
	 */
	private Location parentOf(Site site, Long parentId) {
		return (parentId != null) ? this.locations.findInSite(site, parentId).orElse(null) : null;
	}

	private String showEditForm(Model model, Location location, LocationForm form) {
		describe(model, location);
		model.addAttribute("form", form);
		return VIEWS + "form";
	}

}
