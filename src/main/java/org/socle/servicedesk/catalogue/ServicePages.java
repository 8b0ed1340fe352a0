package org.socle.servicedesk.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.socle.directory.CurrentAccess;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue's pages for its keepers: the services, their form and retirement. */
@Controller
@RequestMapping("/servicedesk/services")
class ServicePages {

	static final String VIEWS = "servicedesk/services/";

	private final ServiceCatalog catalog;

	private final RequestItems items;

	private final DirectoryApi directory;

	private final CurrentAccess access;

	ServicePages(ServiceCatalog catalog, RequestItems items, DirectoryApi directory, CurrentAccess access) {
		this.catalog = catalog;
		this.items = items;
		this.directory = directory;
		this.access = access;
	}

	@GetMapping
	String list(@RequestParam(required = false) ServiceStatus status, @RequestParam(required = false) String q,
			Model model) {
		model.addAttribute("services", this.catalog.list(status, q));
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		model.addAttribute("statuses", ServiceStatus.values());
		model.addAttribute("teamNames", teamNames());
		model.addAttribute("canCreate", !this.catalog.keptTeams().isEmpty());
		return VIEWS + "list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return showForm(model, new ServiceForm(), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ServiceForm form, BindingResult binding, Model model) {
		if (form.getOwnerTeamId() != null) {
			this.catalog.checkKeeps(form.getOwnerTeamId());
		}
		ServiceOffering saved = FormErrors.attempt(binding, () -> this.catalog.create(form));
		return (saved == null) ? showForm(model, form, null) : "redirect:/servicedesk/services/" + saved.getId();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model, Locale locale) {
		ServiceOffering service = this.catalog.get(id);
		model.addAttribute("service", service);
		model.addAttribute("items", this.items.of(id));
		model.addAttribute("keeps", this.catalog.keeps(service));
		model.addAttribute("teamNames", teamNames());
		model.addAttribute("customers",
				service.getCustomerIds()
					.stream()
					.map(e -> this.directory.establishmentName(e).orElse("#" + e))
					.sorted()
					.toList());
		model.addAttribute("departments",
				service.getDepartmentIds()
					.stream()
					.map(d -> this.directory.department(d).map(DirectoryApi.DepartmentRef::label).orElse("#" + d))
					.sorted()
					.toList());
		model.addAttribute("supporting", this.catalog.byIds(service.getSupportingIds()));
		model.addAttribute("approverNames", approverNames(this.items.of(id)));
		return VIEWS + "detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		ServiceOffering service = this.catalog.kept(id);
		return showForm(model, ServiceForm.of(service), service);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") ServiceForm form, BindingResult binding,
			Model model) {
		ServiceOffering service = this.catalog.kept(id);
		ServiceOffering saved = FormErrors.attempt(binding, () -> this.catalog.update(id, form));
		return (saved == null) ? showForm(model, form, service) : "redirect:/servicedesk/services/" + id;
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable Long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		this.catalog.kept(id);
		FormErrors.attemptArchive(redirect, () -> this.catalog.retire(id, version, reason));
		return "redirect:/servicedesk/services/" + id;
	}

	private String showForm(Model model, ServiceForm form, ServiceOffering service) {
		List<DirectoryApi.TeamRef> teams = this.catalog.keptTeams();
		var scope = this.access.scope();
		model.addAttribute("form", form);
		model.addAttribute("service", service);
		model.addAttribute("teams", teams);
		model.addAttribute("statuses", ServiceStatus.values());
		model.addAttribute("establishments",
				this.directory.establishments()
					.stream()
					.filter(e -> scope.canSee(e.id()) || form.getCustomerIds().contains(e.id()))
					.toList());
		model.addAttribute("otherServices",
				this.catalog.list(null, null)
					.stream()
					.filter(s -> service == null || !s.getId().equals(service.getId()))
					.toList());
		return VIEWS + "form";
	}

	private Map<Long, String> teamNames() {
		Map<Long, String> names = new HashMap<>();
		this.directory.teams().forEach(t -> names.put(t.id(), t.name()));
		return names;
	}

	private Map<Long, String> approverNames(List<RequestItem> items) {
		Map<Long, String> names = new HashMap<>();
		items.stream()
			.filter(i -> i.getApproverId() != null)
			.forEach(i -> this.directory.person(i.getApproverId()).ifPresent(p -> names.put(p.id(), p.label())));
		return names;
	}

}
