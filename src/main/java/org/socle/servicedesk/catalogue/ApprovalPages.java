package org.socle.servicedesk.catalogue;

import java.util.Locale;

import org.socle.shared.web.FieldRuleException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approver's page on the portal: the requests waiting for my decision, with their
 * answers; approve (the team gets the ticket) or refuse with a comment.
 */
@Controller
@RequestMapping("/portal/approvals")
class ApprovalPages {

	private final CatalogueRequests requests;

	private final RequestViews views;

	ApprovalPages(CatalogueRequests requests, RequestViews views) {
		this.requests = requests;
		this.views = views;
	}

	@GetMapping
	String list(Model model, Locale locale) {
		model.addAttribute("pending", this.views.of(this.requests.awaitingMyDecision(), locale));
		model.addAttribute("decided", this.views.of(this.requests.decidedByMe(), locale));
		return "portal/catalogue/approvals";
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable Long id, @RequestParam(required = false) String comment, RedirectAttributes redirect,
			Locale locale) {
		return decide(redirect, () -> this.requests.approve(id, comment, locale), "approved");
	}

	@PostMapping("/{id}/refuse")
	String refuse(@PathVariable Long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return decide(redirect, () -> this.requests.refuse(id, comment), "refused");
	}

	private String decide(RedirectAttributes redirect, Runnable decision, String done) {
		try {
			decision.run();
			redirect.addFlashAttribute("decision", done);
		}
		catch (FieldRuleException ex) {
			redirect.addFlashAttribute("decisionError", ex.messageKey());
		}
		return "redirect:/portal/approvals";
	}

}
