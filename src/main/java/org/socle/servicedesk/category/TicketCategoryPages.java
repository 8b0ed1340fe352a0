package org.socle.servicedesk.category;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.socle.servicedesk.ticket.TicketCommands;
import org.socle.servicedesk.ticket.TicketService;
import org.socle.servicedesk.ticket.TicketWorkArea;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Categories on tickets, in pages: the category select of a team (drawn again when the
 * team changes) and the agent's change of a ticket's category.
 */
@Controller
class TicketCategoryPages {

	private final CategoryTree tree;

	private final TicketService tickets;

	private final TicketWorkArea workArea;

	TicketCategoryPages(CategoryTree tree, TicketService tickets, TicketWorkArea workArea) {
		this.tree = tree;
		this.tickets = tickets;
		this.workArea = workArea;
	}

	/**
	 * The category select of a team (empty for a team out of sight); {@code blank} names
	 * the empty choice: "none" in a form, "all" in a filter.
	 */
	@GetMapping("/servicedesk/categories/select")
	String select(@RequestParam(required = false) Long teamId, @RequestParam(required = false) Long categoryId,
			@RequestParam(defaultValue = "none") String blank, Model model) {
		model.addAttribute("choices", this.tree.choices(teamId));
		model.addAttribute("selected", categoryId);
		model.addAttribute("blankKey", "all".equals(blank) ? "form.all" : "form.none");
		return "servicedesk/category/select :: categorySelect";
	}

	@PostMapping("/servicedesk/tickets/{id}/category")
	String categorise(@PathVariable Long id, @RequestParam(required = false) Long categoryId,
			@RequestParam(required = false) Long version, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect,
				() -> this.tickets.categorise(id, new TicketCommands.Categorisation(categoryId, version)));
	}

}
