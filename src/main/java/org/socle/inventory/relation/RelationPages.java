package org.socle.inventory.relation;

import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
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
 * The asset page's "Relations" card (htmx): the asset's relations both ways and the
 * services relying on it, with their keepers' forms to add and remove them. Without htmx,
 * a change comes back to the asset page.
 */
@Controller
@RequestMapping("/inventory/assets/{id}")
class RelationPages {

	static final String VIEW = "inventory/relations/section";

	private final Relations relations;

	private final ServiceLinks links;

	private final RelationViews views;

	RelationPages(Relations relations, ServiceLinks links, RelationViews views) {
		this.relations = relations;
		this.links = links;
		this.views = views;
	}

	@GetMapping("/relations")
	String card(@PathVariable long id, Model model, Locale locale) {
		return show(id, model, locale, new RelationForm(), new ServiceLinkForm());
	}

	@PostMapping("/relations")
	String add(@PathVariable long id, @Valid @ModelAttribute("form") RelationForm form, BindingResult binding,
			HtmxRequest htmx, Model model, Locale locale, RedirectAttributes redirect) {
		this.relations.kept(id);
		AssetRelation saved = FormErrors.attempt(binding, () -> this.relations.add(id, form));
		if (htmx.isHtmxRequest() || saved == null) {
			return show(id, model, locale, (saved == null) ? form : new RelationForm(), new ServiceLinkForm());
		}
		return assetPage(id, redirect);
	}

	@PostMapping("/relations/{relationId}/remove")
	String remove(@PathVariable long id, @PathVariable long relationId, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, HtmxRequest htmx, Model model, Locale locale,
			RedirectAttributes redirect) {
		this.relations.remove(id, relationId, new Removal(version, reason));
		return htmx.isHtmxRequest() ? show(id, model, locale, new RelationForm(), new ServiceLinkForm())
				: assetPage(id, redirect);
	}

	@PostMapping("/services")
	String addService(@PathVariable long id, @Valid @ModelAttribute("serviceForm") ServiceLinkForm form,
			BindingResult binding, HtmxRequest htmx, Model model, Locale locale, RedirectAttributes redirect) {
		this.relations.kept(id);
		AssetServiceLink saved = FormErrors.attempt(binding, () -> this.links.add(id, form, locale));
		if (htmx.isHtmxRequest() || saved == null) {
			return show(id, model, locale, new RelationForm(), (saved == null) ? form : new ServiceLinkForm());
		}
		return assetPage(id, redirect);
	}

	@PostMapping("/services/{linkId}/remove")
	String removeService(@PathVariable long id, @PathVariable long linkId, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, HtmxRequest htmx, Model model, Locale locale,
			RedirectAttributes redirect) {
		this.links.remove(id, linkId, new Removal(version, reason));
		return htmx.isHtmxRequest() ? show(id, model, locale, new RelationForm(), new ServiceLinkForm())
				: assetPage(id, redirect);
	}

	private String show(long id, Model model, Locale locale, RelationForm form, ServiceLinkForm serviceForm) {
		model.addAttribute("view", this.views.of(id, locale));
		model.addAttribute("form", form);
		model.addAttribute("serviceForm", serviceForm);
		model.addAttribute("types", RelationType.values());
		model.addAttribute("serviceChoices", this.views.serviceChoices(locale));
		return VIEW + " :: card";
	}

	private static String assetPage(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", true);
		return "redirect:/inventory/assets/" + id;
	}

}
