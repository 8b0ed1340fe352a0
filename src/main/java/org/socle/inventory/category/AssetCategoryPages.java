package org.socle.inventory.category;

import jakarta.validation.Valid;
import org.socle.inventory.asset.AssetAccess;
import org.socle.shared.web.FormErrors;

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
 * The categories page: every worker reads them; group administrators create and edit
 * them, with their regulatory flags as checkboxes grouped by jurisdiction.
 */
@Controller
@RequestMapping("/inventory/categories")
class AssetCategoryPages {

	private static final String VIEWS = "inventory/categories/";

	private final AssetCategoryService categories;

	private final AssetAccess access;

	AssetCategoryPages(AssetCategoryService categories, AssetAccess access) {
		this.categories = categories;
		this.access = access;
	}

	@GetMapping
	String list(Model model) {
		if (!this.access.readsReferentials()) {
			throw new AccessDeniedException("Referentials are for workers");
		}
		model.addAttribute("categories", this.categories.list());
		model.addAttribute("flags", this.categories.flags());
		model.addAttribute("canEdit", this.categories.canEdit());
		return VIEWS + "list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		checkEditor();
		AssetCategoryForm form = new AssetCategoryForm();
		form.setKind(AssetKind.MEDICAL_DEVICE);
		form.setCriticality(Criticality.MEDIUM);
		return showForm(model, form, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AssetCategoryForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		checkEditor();
		AssetCategory created = FormErrors.attempt(binding, () -> this.categories.create(form));
		if (created == null) {
			return showForm(model, form, null);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/inventory/categories";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		checkEditor();
		AssetCategory category = this.categories.get(id);
		return showForm(model, AssetCategoryForm.of(category), category);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") AssetCategoryForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		checkEditor();
		AssetCategory updated = FormErrors.attempt(binding, () -> this.categories.update(id, form));
		if (updated == null) {
			return showForm(model, form, this.categories.get(id));
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/inventory/categories";
	}

	private String showForm(Model model, AssetCategoryForm form, AssetCategory existing) {
		model.addAttribute("form", form);
		model.addAttribute("category", existing);
		model.addAttribute("kinds", AssetKind.values());
		model.addAttribute("classes", DeviceClass.values());
		model.addAttribute("criticalities", Criticality.values());
		model.addAttribute("flagGroups", this.categories.flagsByJurisdiction());
		model.addAttribute("parents", this.categories.list());
		return VIEWS + "form";
	}

	private void checkEditor() {
		if (!this.categories.canEdit()) {
			throw new AccessDeniedException("Only group administrators edit categories");
		}
	}

}
