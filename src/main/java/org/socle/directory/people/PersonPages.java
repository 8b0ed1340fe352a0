package org.socle.directory.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.socle.directory.organisation.Department;
import org.socle.directory.organisation.DepartmentTree;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.organisation.EstablishmentLookup;
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

/** Pages of the staff directory: list, view, create, edit and archive people. */
@Controller
@RequestMapping("/directory/people")
class PersonPages {

	static final Set<String> SORTABLE = Set.of("lastName", "firstName", "email", "jobTitle", "establishment.name",
			"lastModifiedAt");

	/** Departments reloaded when the establishment changes (list filter, form). */
	static final String OPTIONS_LOADED = "departmentOptionsLoaded";

	private static final String VIEWS = "directory/people/";

	private final PersonService people;

	private final DepartmentTree departments;

	private final EstablishmentLookup establishments;

	private final HistoryService history;

	PersonPages(PersonService people, DepartmentTree departments, EstablishmentLookup establishments,
			HistoryService history) {
		this.people = people;
		this.departments = departments;
		this.establishments = establishments;
		this.history = history;
	}

	@GetMapping
	String list(PersonFilter filter, @PageableDefault(size = 25) Pageable pageable, HtmxRequest htmx, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("establishments", this.establishments.visible());
		model.addAttribute("departments", this.departments.active(filter.establishment()));
		model.addAttribute("page", this.people.list(filter, restrict(pageable)));
		model.addAttribute("canCreate", this.people.canCreate());
		return htmx.isHtmxRequest() ? VIEWS + "list :: results" : VIEWS + "list";
	}

	@GetMapping("/export.csv")
	void export(PersonFilter filter, HttpServletResponse response) {
		CsvExport.write(response, "people.csv",
				List.of("id", "lastName", "firstName", "email", "jobTitle", "phone", "establishment", "departmentCode",
						"departmentName", "archived", "createdAt", "createdBy", "lastModifiedAt", "lastModifiedBy"),
				this.people.list(filter, Pageable.unpaged(Sort.by("lastName", "firstName"))), p -> {
					Department d = p.getDepartment();
					return List.of(p.getId(), p.getLastName(), p.getFirstName(), orEmpty(p.getEmail()),
							orEmpty(p.getJobTitle()), orEmpty(p.getPhone()), p.getEstablishment().getName(),
							(d != null) ? d.getCode() : "", (d != null) ? d.getName() : "", p.isArchived(),
							p.getCreatedAt(), p.getCreatedBy(), p.getLastModifiedAt(), p.getLastModifiedBy());
				});
	}

	/**
	 * The departments of an establishment, as the options of a department select: the
	 * form sends {@code establishmentId}, the list filter {@code establishment} and
	 * {@code blank=all} (its blank option reads "all"). Tells htmx, so that a list
	 * filtered on the old department reloads.
	 */
	@GetMapping("/department-options")
	String departmentOptions(@RequestParam(name = "establishmentId", required = false) Long establishmentId,
			@RequestParam(name = "establishment", required = false) Long establishment,
			@RequestParam(defaultValue = "none") String blank, Model model, HttpServletResponse response) {
		model.addAttribute("rows",
				this.departments.active((establishmentId != null) ? establishmentId : establishment));
		model.addAttribute("blankIsAll", "all".equals(blank));
		response.setHeader("HX-Trigger-After-Settle", OPTIONS_LOADED);
		return "directory/departments/options :: options";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		if (!this.people.canCreate()) {
			throw new AccessDeniedException("Not an administrator");
		}
		PersonForm form = new PersonForm();
		List<Establishment> choices = this.establishments.administered();
		if (choices.size() == 1) {
			form.setEstablishmentId(choices.get(0).getId());
		}
		return showForm(model, form, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Person created = FormErrors.attempt(binding, () -> this.people.create(form));
		if (created == null) {
			return showForm(model, form, null);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/people/" + created.getId();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		Person person = this.people.get(id);
		model.addAttribute("person", person);
		model.addAttribute("path", this.departments.path(person.getDepartment()));
		model.addAttribute("canEdit", this.people.canEdit(person));
		return VIEWS + "detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable Long id, Model model) {
		model.addAttribute("person", this.people.get(id));
		model.addAttribute("history", this.history.historyOf(Person.class, id));
		model.addAttribute("fieldPrefix", "directory.person.");
		return VIEWS + "history";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Person person = this.people.get(id);
		if (!this.people.canEdit(person)) {
			throw new AccessDeniedException("Not an administrator of person " + id + "'s establishment");
		}
		return showForm(model, PersonForm.of(person), person);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Person updated = FormErrors.attempt(binding, () -> this.people.update(id, form));
		if (updated == null) {
			return showForm(model, form, this.people.get(id));
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/people/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		FormErrors.attemptArchive(redirect, () -> this.people.archive(id, version, reason));
		return "redirect:/directory/people/" + id;
	}

	private String showForm(Model model, PersonForm form, Person existing) {
		List<Establishment> choices = this.establishments.administered();
		if (existing != null
				&& choices.stream().noneMatch(e -> e.getId().equals(existing.getEstablishment().getId()))) {
			choices = new ArrayList<>(choices);
			choices.add(0, existing.getEstablishment());
		}
		model.addAttribute("form", form);
		model.addAttribute("person", existing);
		model.addAttribute("establishments", choices);
		model.addAttribute("departments", this.departments.active(form.getEstablishmentId()));
		return VIEWS + "form";
	}

	static Pageable restrict(Pageable pageable) {
		return Paging.restrict(pageable, SORTABLE, Sort.by("lastName", "firstName"));
	}

	private static Object orEmpty(Object value) {
		return (value != null) ? value : "";
	}

}
