package org.socle.servicedesk.category;

import java.util.List;

import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketPageSection;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The ticket page's category line: its path (an archived category stays shown), and for
 * agents of an open ticket the active categories of its team to change it.
 */
@Component
class TicketCategorySection implements TicketPageSection {

	private final CategoryRepository categories;

	private final CategoryTree tree;

	TicketCategorySection(CategoryRepository categories, CategoryTree tree) {
		this.categories = categories;
		this.tree = tree;
	}

	@Override
	public void contribute(Ticket ticket, boolean canWork, Model model) {
		Category current = (ticket.getCategoryId() != null)
				? this.categories.findById(ticket.getCategoryId()).orElse(null) : null;
		model.addAttribute("categoryPath", (current != null) ? this.tree.pathOf(current.getId()) : null);
		model.addAttribute("categoryArchived", current != null && current.isArchived());
		model.addAttribute("categoryChoices",
				(canWork && ticket.getStatus().isOpen()) ? this.tree.choices(ticket.getTeamId()) : List.of());
	}

}
