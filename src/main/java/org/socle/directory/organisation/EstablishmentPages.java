package org.socle.directory.organisation;

import java.util.List;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.socle.shared.audit.HistoryService;
import org.socle.shared.web.CsvExport;
import org.socle.shared.web.FormErrors;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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

/** Pages to list, view, create, edit and archive establishments. */
@Controller
@RequestMapping("/directory/establishments")
class EstablishmentPages {

	static final Set<String> SORTABLE = Set.of("name", "kind", "geographicFiness", "lastModifiedAt");

	private static final String VIEWS = "directory/establishments/";

	private final EstablishmentService establishments;

	private final HistoryService history;

	EstablishmentPages(EstablishmentService establishments, HistoryService history) {
		this.establishments = establishments;
		this.history = history;
	}

	@GetMapping
	String list(EstablishmentFilter filter, @PageableDefault(size = 25) Pageable pageable, HtmxRequest htmx,
			Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", EstablishmentKind.values());
		model.addAttribute("page", this.establishments.list(filter, restrict(pageable)));
		model.addAttribute("canCreate", this.establishments.canCreate());
		return htmx.isHtmxRequest() ? VIEWS + "list :: results" : VIEWS + "list";
	}

	@GetMapping("/export.csv")
	void export(EstablishmentFilter filter, HttpServletResponse response) {
		CsvExport.write(response, "establishments.csv",
				List.of("id", "name", "shortName", "kind", "legalFiness", "geographicFiness", "support", "archived",
						"createdAt", "createdBy", "lastModifiedAt", "lastModifiedBy"),
				this.establishments.list(filter, Pageable.unpaged(Sort.by("name"))),
				e -> List.of(e.getId(), e.getName(), nullToEmpty(e.getShortName()), e.getKind(), e.getLegalFiness(),
						e.getGeographicFiness(), e.isSupport(), e.isArchived(), e.getCreatedAt(), e.getCreatedBy(),
						e.getLastModifiedAt(), e.getLastModifiedBy()));
	}

	@GetMapping("/new")
	String newForm(Model model) {
		EstablishmentForm form = new EstablishmentForm();
		form.setKind(EstablishmentKind.HEALTH);
		return showForm(model, form, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") EstablishmentForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Establishment created = FormErrors.attempt(binding, () -> this.establishments.create(form));
		if (created == null) {
			return showForm(model, form, null);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/establishments/" + created.getId();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		Establishment establishment = this.establishments.get(id);
		model.addAttribute("establishment", establishment);
		model.addAttribute("canEdit", this.establishments.canEdit(establishment));
		return VIEWS + "detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable Long id, Model model) {
		Establishment establishment = this.establishments.get(id);
		model.addAttribute("establishment", establishment);
		model.addAttribute("history", this.history.historyOf(Establishment.class, id));
		model.addAttribute("fieldPrefix", "directory.establishment.");
		return VIEWS + "history";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Establishment establishment = this.establishments.get(id);
		return showForm(model, EstablishmentForm.of(establishment), establishment);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") EstablishmentForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Establishment updated = FormErrors.attempt(binding, () -> this.establishments.update(id, form));
		if (updated == null) {
			return showForm(model, form, this.establishments.get(id));
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/establishments/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		FormErrors.attemptArchive(redirect, () -> this.establishments.archive(id, version, reason));
		return "redirect:/directory/establishments/" + id;
	}

	private String showForm(Model model, EstablishmentForm form, Establishment existing) {
		model.addAttribute("form", form);
		model.addAttribute("establishment", existing);
		model.addAttribute("kinds", EstablishmentKind.values());
		return VIEWS + "form";
	}

	static org.springframework.data.domain.Pageable restrict(Pageable pageable) {
		return Paging.restrict(pageable, SORTABLE, Sort.by("name"));
	}

	private static Object nullToEmpty(Object value) {
		return (value != null) ? value : "";
	}

}
