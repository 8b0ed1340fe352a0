package org.socle.directory.organisation;

import java.util.ArrayList;
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
import org.springframework.security.access.AccessDeniedException;
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
 * Pages to list, view, create, edit and archive sites; a site's page shows its location
 * tree.
 */
@Controller
@RequestMapping("/directory/sites")
class SitePages {

	static final Set<String> SORTABLE = Set.of("name", "city", "postalCode", "establishment.name", "lastModifiedAt");

	private static final String VIEWS = "directory/sites/";

	private final SiteService sites;

	private final LocationService locations;

	private final HistoryService history;

	SitePages(SiteService sites, LocationService locations, HistoryService history) {
		this.sites = sites;
		this.locations = locations;
		this.history = history;
	}

	@GetMapping
	String list(SiteFilter filter, @PageableDefault(size = 25) Pageable pageable, HtmxRequest htmx, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("establishments", this.sites.visibleEstablishments());
		model.addAttribute("page", this.sites.list(filter, restrict(pageable)));
		model.addAttribute("canCreate", this.sites.canCreate());
		return htmx.isHtmxRequest() ? VIEWS + "list :: results" : VIEWS + "list";
	}

	@GetMapping("/export.csv")
	void export(SiteFilter filter, HttpServletResponse response) {
		CsvExport.write(response, "sites.csv",
				List.of("id", "establishment", "name", "street", "postalCode", "city", "country", "archived",
						"createdAt", "createdBy", "lastModifiedAt", "lastModifiedBy"),
				this.sites.list(filter, Pageable.unpaged(Sort.by("name", "id"))),
				s -> List.of(s.getId(), s.getEstablishment().getName(), s.getName(), nullToEmpty(s.getStreet()),
						nullToEmpty(s.getPostalCode()), nullToEmpty(s.getCity()), s.getCountry(), s.isArchived(),
						s.getCreatedAt(), s.getCreatedBy(), s.getLastModifiedAt(), s.getLastModifiedBy()));
	}

	@GetMapping("/new")
	String newForm(Model model) {
		if (!this.sites.canCreate()) {
			throw new AccessDeniedException("Not an administrator of any establishment");
		}
		SiteForm form = new SiteForm();
		List<Establishment> choices = this.sites.administeredEstablishments();
		if (choices.size() == 1) {
			form.setEstablishmentId(choices.get(0).getId());
		}
		return showForm(model, form, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SiteForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Site created = FormErrors.attempt(binding, () -> this.sites.create(form));
		if (created == null) {
			return showForm(model, form, null);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/sites/" + created.getId();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean archivedLocations, Model model) {
		Site site = this.sites.get(id);
		model.addAttribute("site", site);
		model.addAttribute("canEdit", this.sites.canEdit(site));
		model.addAttribute("tree", this.locations.tree(id, archivedLocations));
		model.addAttribute("archivedLocations", archivedLocations);
		return VIEWS + "detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable Long id, Model model) {
		model.addAttribute("site", this.sites.get(id));
		model.addAttribute("history", this.history.historyOf(Site.class, id));
		model.addAttribute("fieldPrefix", "directory.site.");
		return VIEWS + "history";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Site site = this.sites.editable(id);
		return showForm(model, SiteForm.of(site), site);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") SiteForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Site updated = FormErrors.attempt(binding, () -> this.sites.update(id, form));
		if (updated == null) {
			return showForm(model, form, this.sites.get(id));
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/sites/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		FormErrors.attemptArchive(redirect, () -> this.sites.archive(id, version, reason));
		return "redirect:/directory/sites/" + id;
	}

	private String showForm(Model model, SiteForm form, Site existing) {
		List<Establishment> choices = new ArrayList<>(this.sites.administeredEstablishments());
		if (existing != null
				&& choices.stream().noneMatch(e -> e.getId().equals(existing.getEstablishment().getId()))) {
			choices.add(0, existing.getEstablishment());
		}
		model.addAttribute("form", form);
		model.addAttribute("site", existing);
		model.addAttribute("establishments", choices);
		return VIEWS + "form";
	}

	static Pageable restrict(Pageable pageable) {
		return Paging.restrict(pageable, SORTABLE, Sort.by("name"));
	}

	private static Object nullToEmpty(Object value) {
		return (value != null) ? value : "";
	}

}
