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
import org.socle.shared.web.RecordNotFoundException;

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
 * Pages to list, browse as a tree, view, create, edit and archive departments.
 */
@Controller
@RequestMapping("/directory/departments")
class DepartmentPages {

	static final Set<String> SORTABLE = Set.of("code", "name", "level", "establishment.name", "lastModifiedAt");

	private static final String VIEWS = "directory/departments/";

	private final DepartmentService departments;

	private final DepartmentTree tree;

	private final EstablishmentLookup establishments;

	private final HistoryService history;

	DepartmentPages(DepartmentService departments, DepartmentTree tree, EstablishmentLookup establishments,
			HistoryService history) {
		this.departments = departments;
		this.tree = tree;
		this.establishments = establishments;
		this.history = history;
	}

	@GetMapping
	String list(DepartmentFilter filter, @PageableDefault(size = 25) Pageable pageable, HtmxRequest htmx, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("levels", DepartmentLevel.values());
		model.addAttribute("establishments", this.establishments.visible());
		model.addAttribute("page", this.departments.list(filter, restrict(pageable)));
		model.addAttribute("canCreate", this.departments.canCreate());
		return htmx.isHtmxRequest() ? VIEWS + "list :: results" : VIEWS + "list";
	}

	@GetMapping("/export.csv")
	void export(DepartmentFilter filter, HttpServletResponse response) {
		CsvExport.write(response, "departments.csv",
				List.of("id", "establishment", "level", "code", "name", "parentCode", "archived", "archiveReason",
						"createdAt", "createdBy", "lastModifiedAt", "lastModifiedBy"),
				this.departments.list(filter, Pageable.unpaged(Sort.by("establishment.name", "code"))),
				d -> List.of(d.getId(), d.getEstablishment().getName(), d.getLevel(), d.getCode(), d.getName(),
						(d.getParent() != null) ? d.getParent().getCode() : "", d.isArchived(),
						(d.getArchiveReason() != null) ? d.getArchiveReason() : "", d.getCreatedAt(), d.getCreatedBy(),
						d.getLastModifiedAt(), d.getLastModifiedBy()));
	}

	@GetMapping("/tree")
	String tree(@RequestParam(required = false) Long establishment, Model model) {
		List<Establishment> visible = this.establishments.visible();
		Long chosen = (establishment == null && visible.size() == 1) ? visible.get(0).getId() : establishment;
		if (chosen != null && visible.stream().noneMatch(e -> e.getId().equals(chosen))) {
			throw new RecordNotFoundException("Establishment", chosen);
		}
		model.addAttribute("establishments", visible);
		model.addAttribute("chosen", chosen);
		model.addAttribute("roots", this.tree.of(chosen));
		model.addAttribute("canCreate", this.departments.canCreate());
		return VIEWS + "tree";
	}

	/** The parent choices of an establishment, as the options of the parent select. */
	@GetMapping("/parent-options")
	String parentOptions(@RequestParam(required = false) Long establishmentId, Model model) {
		model.addAttribute("rows", this.tree.possibleParents(establishmentId));
		return VIEWS + "options :: options";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long parent, Model model) {
		if (!this.departments.canCreate()) {
			throw new AccessDeniedException("Not an administrator");
		}
		DepartmentForm form = DepartmentForm.under((parent != null) ? this.departments.get(parent) : null);
		List<Establishment> choices = this.establishments.administered();
		if (form.getEstablishmentId() == null && choices.size() == 1) {
			form.setEstablishmentId(choices.get(0).getId());
		}
		return showForm(model, form, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") DepartmentForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Department created = FormErrors.attempt(binding, () -> this.departments.create(form));
		if (created == null) {
			return showForm(model, form, null);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/departments/" + created.getId();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		Department department = this.departments.get(id);
		model.addAttribute("department", department);
		model.addAttribute("path", this.tree.path(department));
		model.addAttribute("children", this.tree.children(department));
		model.addAttribute("canEdit", this.departments.canEdit(department));
		return VIEWS + "detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable Long id, Model model) {
		Department department = this.departments.get(id);
		model.addAttribute("department", department);
		model.addAttribute("path", this.tree.path(department));
		model.addAttribute("history", this.history.historyOf(Department.class, id));
		model.addAttribute("fieldPrefix", "directory.department.");
		return VIEWS + "history";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Department department = this.departments.get(id);
		if (!this.departments.canEdit(department)) {
			throw new AccessDeniedException("Not an administrator of department " + id + "'s establishment");
		}
		return showForm(model, DepartmentForm.of(department), department);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") DepartmentForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Department updated = FormErrors.attempt(binding, () -> this.departments.update(id, form));
		if (updated == null) {
			return showForm(model, form, this.departments.get(id));
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/departments/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		FormErrors.attemptArchive(redirect, () -> this.departments.archive(id, version, reason));
		return "redirect:/directory/departments/" + id;
	}

	private String showForm(Model model, DepartmentForm form, Department existing) {
		model.addAttribute("form", form);
		model.addAttribute("department", existing);
		model.addAttribute("establishments", this.establishments.administered());
		model.addAttribute("levels", DepartmentLevel.values());
		model.addAttribute("parents",
				this.tree.possibleParents(form.getEstablishmentId())
					.stream()
					.filter(d -> existing == null || !d.getId().equals(existing.getId()))
					.toList());
		return VIEWS + "form";
	}

	static Pageable restrict(Pageable pageable) {
		return Paging.restrict(pageable, SORTABLE, Sort.by("establishment.name", "code"));
	}

}
