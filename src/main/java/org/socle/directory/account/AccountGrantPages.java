package org.socle.directory.account;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.socle.directory.Role;
import org.socle.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Roles tab of an account: its grants, granting a role, revoking one. */
@Controller
@RequestMapping("/directory/accounts/{id}/roles")
class AccountGrantPages {

	private final AccountService accounts;

	private final RoleGrantService grants;

	AccountGrantPages(AccountService accounts, RoleGrantService grants) {
		this.accounts = accounts;
		this.grants = grants;
	}

	@GetMapping
	String roles(@PathVariable Long id, Model model) {
		return show(id, model, new GrantForm());
	}

	@PostMapping
	String grant(@PathVariable Long id, @Valid @ModelAttribute("form") GrantForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		RoleGrant granted = FormErrors.attempt(binding, () -> this.grants.grant(id, form));
		if (granted == null) {
			return show(id, model, form);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/accounts/" + id + "/roles";
	}

	@PostMapping("/{grantId}/revoke")
	String revoke(@PathVariable Long id, @PathVariable Long grantId, RedirectAttributes redirect) {
		FormErrors.attemptArchive(redirect, () -> this.grants.revoke(id, grantId));
		return "redirect:/directory/accounts/" + id + "/roles";
	}

	private String show(Long id, Model model, GrantForm form) {
		model.addAttribute("account", this.accounts.get(id));
		List<RoleGrant> grants = this.grants.list(id);
		model.addAttribute("grants", grants);
		model.addAttribute("revocable",
				grants.stream().filter(this.grants::mayAdminister).map(RoleGrant::getId).collect(Collectors.toSet()));
		model.addAttribute("form", form);
		model.addAttribute("roles", Role.values());
		model.addAttribute("scopeKinds", this.grants.grantableScopeKinds());
		model.addAttribute("establishments", this.grants.grantableEstablishments());
		model.addAttribute("teams", this.grants.grantableTeams());
		return AccountPages.VIEWS + "roles";
	}

}
