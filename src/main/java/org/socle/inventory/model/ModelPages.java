package org.socle.inventory.model;

import jakarta.validation.Valid;
import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.category.AssetCategoryService;
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

/** The models and manufacturers page, with aliases; group administrators edit them. */
@Controller
@RequestMapping("/inventory/models")
class ModelPages {

	private static final String VIEWS = "inventory/models/";

	private final ModelService models;

	private final AssetCategoryService categories;

	private final AssetAccess access;

	ModelPages(ModelService models, AssetCategoryService categories, AssetAccess access) {
		this.models = models;
		this.categories = categories;
		this.access = access;
	}

	@GetMapping
	String list(Model model) {
		if (!this.access.readsReferentials()) {
			throw new AccessDeniedException("Referentials are for workers");
		}
		model.addAttribute("models", this.models.list());
		model.addAttribute("categories", this.categories.list());
		model.addAttribute("canEdit", this.models.canEdit());
		return VIEWS + "list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		checkEditor();
		return showForm(model, new ModelForm(), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ModelForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		checkEditor();
		AssetModel created = FormErrors.attempt(binding, () -> this.models.create(form));
		if (created == null) {
			return showForm(model, form, null);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/inventory/models";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		checkEditor();
		AssetModel existing = this.models.get(id);
		return showForm(model, ModelForm.of(existing), existing);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") ModelForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		checkEditor();
		AssetModel updated = FormErrors.attempt(binding, () -> this.models.update(id, form));
		if (updated == null) {
			return showForm(model, form, this.models.get(id));
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/inventory/models";
	}

	private String showForm(Model model, ModelForm form, AssetModel existing) {
		model.addAttribute("form", form);
		model.addAttribute("model", existing);
		model.addAttribute("categories", this.categories.list());
		return VIEWS + "form";
	}

	private void checkEditor() {
		if (!this.models.canEdit()) {
			throw new AccessDeniedException("Only group administrators edit models");
		}
	}

}
