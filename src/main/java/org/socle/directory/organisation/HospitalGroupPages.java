package org.socle.directory.organisation;

import java.util.IllformedLocaleException;
import java.util.Locale;

import jakarta.validation.Valid;
import org.socle.shared.audit.HistoryService;
import org.socle.shared.web.FormErrors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages to view the hospital group, its history, and to edit it. */
@Controller
@RequestMapping("/directory/group")
class HospitalGroupPages {

	private static final String VIEWS = "directory/group/";

	private final HospitalGroupService groups;

	private final HistoryService history;

	HospitalGroupPages(HospitalGroupService groups, HistoryService history) {
		this.groups = groups;
		this.history = history;
	}

	@GetMapping
	String detail(Model model, Locale locale) {
		HospitalGroup group = this.groups.get();
		model.addAttribute("group", group);
		model.addAttribute("countryName", countryName(group.getCountry(), locale));
		model.addAttribute("canEdit", this.groups.canEdit());
		return VIEWS + "detail";
	}

	@GetMapping("/history")
	String history(Model model) {
		HospitalGroup group = this.groups.get();
		model.addAttribute("group", group);
		model.addAttribute("history", this.history.historyOf(HospitalGroup.class, group.getId()));
		model.addAttribute("fieldPrefix", "directory.group.");
		return VIEWS + "history";
	}

	@GetMapping("/edit")
	String editForm(Model model) {
		HospitalGroup group = this.groups.get();
		if (!this.groups.canEdit()) {
			throw new AccessDeniedException("Only a group administrator edits the hospital group");
		}
		return showForm(model, HospitalGroupForm.of(group), group);
	}

	@PostMapping
	String update(@Valid @ModelAttribute("form") HospitalGroupForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		HospitalGroup updated = FormErrors.attempt(binding, () -> this.groups.update(form));
		if (updated == null) {
			return showForm(model, form, this.groups.get());
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/group";
	}

	private String showForm(Model model, HospitalGroupForm form, HospitalGroup group) {
		model.addAttribute("form", form);
		model.addAttribute("group", group);
		return VIEWS + "form";
	}

	/** The country's name in the user's language, from the JDK's ISO tables. */
	static String countryName(String code, Locale locale) {
		try {
			String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
			return (name.isBlank() || name.equals(code)) ? code : name + " (" + code + ")";
		}
		catch (IllformedLocaleException ex) {
			return code;
		}
	}

}
