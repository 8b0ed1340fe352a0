package org.socle.inventory.asset;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.socle.inventory.category.AssetKind;
import org.socle.inventory.category.AssetCategoryService;
import org.socle.inventory.category.Criticality;
import org.socle.inventory.model.ModelService;
import org.socle.shared.web.FormErrors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register's list (filters, sort, paging, CSV and Excel exports of the filtered list)
 * and the asset form (registration and edition; the place and status are set on creation
 * only).
 */
@Controller
@RequestMapping("/inventory/assets")
class AssetPages {

	static final String VIEWS = "inventory/assets/";

	private final AssetService assets;

	private final AssetList list;

	private final AssetExports exports;

	private final AssetCategoryService categories;

	private final ModelService models;

	private final RegisterDirectory directory;

	AssetPages(AssetService assets, AssetList list, AssetExports exports, AssetCategoryService categories,
			ModelService models, RegisterDirectory directory) {
		this.assets = assets;
		this.list = list;
		this.exports = exports;
		this.categories = categories;
		this.models = models;
		this.directory = directory;
	}

	@GetMapping
	String list(AssetFilter filter, @PageableDefault(size = 25) Pageable pageable, HtmxRequest htmx, Model model) {
		Page<AssetRow> page = this.list.page(filter, AssetList.restrict(pageable));
		model.addAttribute("filter", filter);
		model.addAttribute("page", page);
		model.addAttribute("capped", page.getTotalElements() >= AssetList.COUNT_CAP);
		model.addAttribute("kinds", AssetKind.values());
		model.addAttribute("statuses", AssetStatus.values());
		model.addAttribute("categories", this.categories.list());
		model.addAttribute("establishments", this.directory.establishments());
		model.addAttribute("teams", this.directory.teams());
		model.addAttribute("establishmentNames", this.directory.establishmentNames());
		model.addAttribute("teamNames", this.directory.teamNames());
		model.addAttribute("canCreate", this.assets.canCreate());
		return htmx.isHtmxRequest() ? VIEWS + "list :: results" : VIEWS + "list";
	}

	@GetMapping("/export.csv")
	void exportCsv(AssetFilter filter, HttpServletResponse response) {
		this.exports.csv(filter, response);
	}

	@GetMapping("/export.xlsx")
	void exportXlsx(AssetFilter filter, HttpServletResponse response) {
		this.exports.xlsx(filter, response);
	}

	@GetMapping("/new")
	String newForm(Model model) {
		if (!this.assets.canCreate()) {
			throw new AccessDeniedException("Only workers register assets");
		}
		AssetForm form = new AssetForm();
		form.setStatus(AssetStatus.IN_SERVICE);
		return showForm(model, form, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AssetForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!this.assets.canCreate()) {
			throw new AccessDeniedException("Only workers register assets");
		}
		Asset created = FormErrors.attempt(binding, () -> this.assets.create(form));
		if (created == null) {
			return showForm(model, form, null);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/inventory/assets/" + created.getId();
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Asset asset = this.assets.kept(id);
		return showForm(model, AssetForm.of(asset), asset);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") AssetForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Asset asset = this.assets.kept(id);
		Asset updated = FormErrors.attempt(binding, () -> this.assets.update(id, form));
		if (updated == null) {
			return showForm(model, form, asset);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/inventory/assets/" + id;
	}

	private String showForm(Model model, AssetForm form, Asset existing) {
		model.addAttribute("form", form);
		model.addAttribute("asset", existing);
		model.addAttribute("categories", this.categories.list());
		model.addAttribute("models", this.models.list());
		model.addAttribute("establishments", this.directory.establishments());
		model.addAttribute("teams", this.directory.teams());
		model.addAttribute("statuses", AssetStatus.values());
		model.addAttribute("criticalities", Criticality.values());
		if (existing == null && form.getEstablishmentId() != null) {
			model.addAttribute("locations", this.directory.locations(form.getEstablishmentId()));
			model.addAttribute("departments", this.directory.departments(form.getEstablishmentId()));
		}
		return VIEWS + "form";
	}

}
