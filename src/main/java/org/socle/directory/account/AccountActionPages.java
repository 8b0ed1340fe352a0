package org.socle.directory.account;

import jakarta.validation.Valid;
import org.socle.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-form actions of an account's page: enable or disable, unlock, reset password.
 */
@Controller
@RequestMapping("/directory/accounts/{id}")
class AccountActionPages {

	private final AccountService accounts;

	AccountActionPages(AccountService accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/enabled")
	String setEnabled(@PathVariable Long id, @RequestParam long version, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		FormErrors.attemptArchive(redirect, () -> this.accounts.setEnabled(id, version, enabled));
		return "redirect:/directory/accounts/" + id;
	}

	@PostMapping("/unlock")
	String unlock(@PathVariable Long id, RedirectAttributes redirect) {
		FormErrors.attemptArchive(redirect, () -> this.accounts.unlock(id));
		return "redirect:/directory/accounts/" + id;
	}

	@PostMapping("/password")
	String resetPassword(@PathVariable Long id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		UserAccount account = FormErrors.attempt(binding, () -> this.accounts.resetPassword(id, form.getPassword()));
		if (account == null) {
			form.setPassword(null);
			return AccountPages.detailView(this.accounts, id, model);
		}
		redirect.addFlashAttribute("passwordReset", true);
		return "redirect:/directory/accounts/" + id;
	}

}
