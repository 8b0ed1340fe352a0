package org.socle.servicedesk.link;

import java.util.List;
import java.util.stream.IntStream;

import org.socle.servicedesk.ticket.PriorityMatrix;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketPageSection;
import org.socle.servicedesk.ticket.TicketPriority;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the ticket page shows of tags, watchers and related tickets, and, to agents, the
 * tag suggestions and the priority levels to choose from.
 */
@Component
class LinksSection implements TicketPageSection {

	private final TicketTags tags;

	private final TicketWatchers watchers;

	private final TicketLinks links;

	private final TicketPriority priority;

	LinksSection(TicketTags tags, TicketWatchers watchers, TicketLinks links, TicketPriority priority) {
		this.tags = tags;
		this.watchers = watchers;
		this.links = links;
		this.priority = priority;
	}

	@Override
	public void contribute(Ticket ticket, boolean canWork, Model model) {
		model.addAttribute("linkTags", this.tags.of(ticket));
		model.addAttribute("linkWatchers", this.watchers.of(ticket));
		model.addAttribute("linkWatching", this.watchers.isWatchedByMe(ticket));
		model.addAttribute("linkRelated", this.links.of(ticket));
		model.addAttribute("linkKinds", LinkKind.values());
		model.addAttribute("linkTagSuggestions", canWork ? this.tags.suggestions(ticket) : List.of());
		PriorityMatrix matrix = canWork ? this.priority.matrix() : null;
		model.addAttribute("linkImpacts", (matrix != null) ? levels(matrix.maxImpact()) : List.of());
		model.addAttribute("linkUrgencies", (matrix != null) ? levels(matrix.maxUrgency()) : List.of());
	}

	private static List<Integer> levels(int max) {
		return IntStream.rangeClosed(1, max).boxed().toList();
	}

}
