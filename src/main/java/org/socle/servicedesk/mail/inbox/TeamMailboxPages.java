package org.socle.servicedesk.mail.inbox;

import jakarta.validation.Valid;
import org.socle.directory.DirectoryApi.TeamRef;
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

/**
 * The team mailboxes pages: the teams the account manages with their mailbox, and one
 * team's mailbox form. A save based on a stale version goes back to the form as it now
 * is, with the message (the password typed is not kept in any case).
 */
@Controller
@RequestMapping("/servicedesk/mailboxes")
class TeamMailboxPages {

	private static final String VIEWS = "servicedesk/mail/";

	private static final String STALE = "rule.StaleVersion";

	private final TeamMailboxService mailboxes;

	TeamMailboxPages(TeamMailboxService mailboxes) {
		this.mailboxes = mailboxes;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", this.mailboxes.list());
		return VIEWS + "mailboxes";
	}

	@GetMapping("/{teamId}")
	String form(@PathVariable Long teamId, Model model) {
		TeamRef team = this.mailboxes.manageable(teamId);
		MailboxForm form = this.mailboxes.mailboxOf(teamId).map(MailboxForm::of).orElseGet(MailboxForm::new);
		return show(team, form, model);
	}

	@PostMapping("/{teamId}")
	String save(@PathVariable Long teamId, @Valid @ModelAttribute("form") MailboxForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		TeamRef team = this.mailboxes.manageable(teamId);
		if (FormErrors.attempt(binding, () -> this.mailboxes.save(teamId, form)) != null) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/servicedesk/mailboxes";
		}
		if (binding.getGlobalErrors().stream().anyMatch(e -> STALE.equals(e.getCode()))) {
			redirect.addFlashAttribute("actionError", STALE);
			return "redirect:/servicedesk/mailboxes/" + teamId;
		}
		return show(team, form, model);
	}

	private String show(TeamRef team, MailboxForm form, Model model) {
		model.addAttribute("team", team);
		model.addAttribute("form", form);
		model.addAttribute("hasPassword",
				this.mailboxes.mailboxOf(team.id()).map(TeamMailbox::hasPassword).orElse(false));
		return VIEWS + "mailbox";
	}

}
