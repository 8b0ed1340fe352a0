package org.socle.inventory.contract;

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

/** The suppliers' pages: list, a supplier with its contracts, form, archiving. */
@Controller
@RequestMapping("/inventory/suppliers")
class SupplierPages {

	static final String VIEWS = "inventory/suppliers/";

	private final Suppliers suppliers;

	private final ContractQueries contracts;

	SupplierPages(Suppliers suppliers, ContractQueries contracts) {
		this.suppliers = suppliers;
		this.contracts = contracts;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean archived,
			Model model) {
		model.addAttribute("suppliers", this.suppliers.list(q, archived));
		model.addAttribute("q", q);
		model.addAttribute("archived", archived);
		model.addAttribute("keeps", this.suppliers.keeps());
		return VIEWS + "list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		this.suppliers.checkKeeps();
		return showForm(model, new SupplierForm(), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SupplierForm form, BindingResult binding, Model model) {
		Supplier saved = FormErrors.attempt(binding, () -> this.suppliers.create(form));
		return (saved == null) ? showForm(model, form, null) : "redirect:/inventory/suppliers/" + saved.getId();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Supplier supplier = this.suppliers.get(id);
		model.addAttribute("supplier", supplier);
		model.addAttribute("keeps", this.suppliers.keeps());
		model.addAttribute("rows",
				this.contracts.list(new ContractFilter(null, supplier.getId(), null, null, null, true)));
		return VIEWS + "detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Supplier supplier = this.suppliers.get(id);
		this.suppliers.checkKeeps();
		return showForm(model, SupplierForm.of(supplier), supplier);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") SupplierForm form, BindingResult binding,
			Model model) {
		Supplier supplier = this.suppliers.get(id);
		Supplier saved = FormErrors.attempt(binding, () -> this.suppliers.update(id, form));
		return (saved == null) ? showForm(model, form, supplier) : "redirect:/inventory/suppliers/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "true") boolean archived, RedirectAttributes redirect) {
		FormErrors.attemptArchive(redirect, () -> this.suppliers.archive(id, version, archived));
		return "redirect:/inventory/suppliers/" + id;
	}

	private String showForm(Model model, SupplierForm form, Supplier supplier) {
		model.addAttribute("form", form);
		model.addAttribute("supplier", supplier);
		return VIEWS + "form";
	}

}
