package org.socle.directory.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.socle.shared.web.FormErrors;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My personal API tokens: list, create (the secret is shown once, in the response to the
 * creation, and kept nowhere), revoke.
 */
@Controller
@RequestMapping("/me/tokens")
class MyTokenPages {

	static final String VIEW = "directory/me/tokens";

	private final MyAccountService me;

	MyTokenPages(MyAccountService me) {
		this.me = me;
	}

	@GetMapping
	String tokens(Model model) {
		return show(model, new TokenForm());
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") TokenForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		ApiTokenService.CreatedToken created = FormErrors.attempt(binding, () -> this.me.createToken(form));
		if (created != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			model.addAttribute("created", created);
			return show(model, new TokenForm());
		}
		return show(model, form);
	}

	@PostMapping("/{tokenId}/revoke")
	String revoke(@PathVariable Long tokenId, RedirectAttributes redirect) {
		FormErrors.attemptArchive(redirect, () -> this.me.revokeToken(tokenId));
		return "redirect:/me/tokens";
	}

	private String show(Model model, TokenForm form) {
		model.addAttribute("form", form);
		model.addAttribute("tokens", this.me.tokens());
		return VIEW;
	}

}
