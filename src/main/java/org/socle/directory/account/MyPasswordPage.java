package org.socle.directory.account;

import jakarta.validation.Valid;
import org.socle.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing my own password: the current one is asked again. */
@Controller
@RequestMapping("/me/password")
class MyPasswordPage {

	private static final String VIEW = "directory/me/password";

	private final MyAccountService me;

	MyPasswordPage(MyAccountService me) {
		this.me = me;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new PasswordChangeForm());
		return VIEW;
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult binding,
			RedirectAttributes redirect) {
		Boolean changed = FormErrors.attempt(binding, () -> {
			this.me.changePassword(form);
			return true;
		});
		if (changed == null) {
			form.setCurrentPassword(null);
			form.setNewPassword(null);
			return VIEW;
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/me/password";
	}

}
