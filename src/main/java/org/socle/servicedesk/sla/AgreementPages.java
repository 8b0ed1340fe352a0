package org.socle.servicedesk.sla;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

/** The team leads' pages for service level agreements. */
@Controller
@RequestMapping("/servicedesk/agreements")
class AgreementPages {

	private static final String VIEWS = "servicedesk/sla/";

	private final Agreements agreements;

	private final AgreementAccess access;

	private final DirectoryApi directory;

	private final AgreementReferences references;

	AgreementPages(Agreements agreements, AgreementAccess access, DirectoryApi directory,
			AgreementReferences references) {
		this.agreements = agreements;
		this.access = access;
		this.directory = directory;
		this.references = references;
	}

	@GetMapping
	String list(Model model, Locale locale) {
		List<Agreement> visible = this.agreements.visible(null);
		model.addAttribute("agreements", visible);
		model.addAttribute("serviceNames",
				this.references.serviceNames(visible.stream().map(Agreement::getServiceId).toList(), locale));
		model.addAttribute("canCreate", this.agreements.mayManageAny());
		Map<Long, String> teamNames = new HashMap<>();
		this.directory.teams().forEach(t -> teamNames.put(t.id(), t.name()));
		model.addAttribute("teamNames", teamNames);
		return VIEWS + "list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		AgreementForm form = new AgreementForm();
		form.setKind(AgreementKind.SLA);
		form.setValidFrom(LocalDate.now());
		return showForm(model, form, null);
	}

	@PostMapping
	String create(@ModelAttribute("form") AgreementForm form, BindingResult binding, Model model) {
		Agreement saved = FormErrors.attempt(binding, () -> this.agreements.create(form));
		return (saved == null) ? showForm(model, form, null) : "redirect:/servicedesk/agreements";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		Agreement agreement = this.agreements.managed(id);
		return showForm(model, AgreementForm.of(agreement), agreement);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @ModelAttribute("form") AgreementForm form, BindingResult binding,
			Model model) {
		Agreement agreement = this.agreements.managed(id);
		Agreement saved = FormErrors.attempt(binding, () -> this.agreements.update(id, form));
		return (saved == null) ? showForm(model, form, agreement) : "redirect:/servicedesk/agreements";
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable Long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		this.agreements.managed(id);
		FormErrors.attemptArchive(redirect, () -> this.agreements.archive(id, reason, version));
		return "redirect:/servicedesk/agreements";
	}

	private String showForm(Model model, AgreementForm form, Agreement agreement) {
		model.addAttribute("form", form.withRowsUpTo(this.agreements.maxPriority()));
		model.addAttribute("agreement", agreement);
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("teams", this.access.managedTeams());
		model.addAttribute("calendars",
				this.references.calendarChoices((agreement != null) ? agreement.getCalendarId() : null));
		model.addAttribute("services",
				this.references.serviceChoices((agreement != null) ? agreement.getServiceId() : null));
		return VIEWS + "form";
	}

}
