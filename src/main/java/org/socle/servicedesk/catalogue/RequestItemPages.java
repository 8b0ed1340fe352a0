package org.socle.servicedesk.catalogue;

import jakarta.validation.Valid;
import org.socle.directory.DirectoryApi;
import org.socle.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The editor of a service's request items: label, description, approval, and the field
 * rows (blank rows to add fields, a tick to remove one).
 */
@Controller
@RequestMapping("/servicedesk/services/{serviceId}/items")
class RequestItemPages {

	private static final int BLANK_ROWS = 3;

	private final ServiceCatalog catalog;

	private final RequestItems items;

	private final DirectoryApi directory;

	RequestItemPages(ServiceCatalog catalog, RequestItems items, DirectoryApi directory) {
		this.catalog = catalog;
		this.items = items;
		this.directory = directory;
	}

	@GetMapping("/new")
	String newForm(@PathVariable Long serviceId, Model model) {
		ServiceOffering service = this.catalog.kept(serviceId);
		return showForm(model, service, new ItemForm().withBlankRows(BLANK_ROWS), null);
	}

	@PostMapping
	String create(@PathVariable Long serviceId, @Valid @ModelAttribute("form") ItemForm form, BindingResult binding,
			Model model) {
		ServiceOffering service = this.catalog.kept(serviceId);
		RequestItem saved = FormErrors.attempt(binding, () -> this.items.create(serviceId, form));
		return (saved == null) ? showForm(model, service, form, null)
				: "redirect:/servicedesk/services/" + serviceId + "?itemSaved";
	}

	@GetMapping("/{itemId}")
	String edit(@PathVariable Long serviceId, @PathVariable Long itemId, Model model) {
		ServiceOffering service = this.catalog.kept(serviceId);
		RequestItem item = this.items.kept(serviceId, itemId);
		return showForm(model, service, ItemForm.of(item).withBlankRows(BLANK_ROWS), item);
	}

	@PostMapping("/{itemId}")
	String update(@PathVariable Long serviceId, @PathVariable Long itemId, @Valid @ModelAttribute("form") ItemForm form,
			BindingResult binding, Model model) {
		ServiceOffering service = this.catalog.kept(serviceId);
		RequestItem item = this.items.kept(serviceId, itemId);
		RequestItem saved = FormErrors.attempt(binding, () -> this.items.update(serviceId, itemId, form));
		return (saved == null) ? showForm(model, service, form, item)
				: "redirect:/servicedesk/services/" + serviceId + "?itemSaved";
	}

	private String showForm(Model model, ServiceOffering service, ItemForm form, RequestItem item) {
		model.addAttribute("service", service);
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("approvals", ApprovalRule.values());
		model.addAttribute("kinds", FieldKind.values());
		model.addAttribute("approverName",
				this.directory.person(form.getApproverId()).map(DirectoryApi.PersonRef::label).orElse(null));
		return ServicePages.VIEWS + "item";
	}

}
