package org.socle.servicedesk.satisfaction;

import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketPageSection;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The ticket's satisfaction surveys on its page, for agents and (on the portal) for its
 * requester.
 */
@Component
class SatisfactionSection implements TicketPageSection {

	private final TicketSatisfaction satisfaction;

	SatisfactionSection(TicketSatisfaction satisfaction) {
		this.satisfaction = satisfaction;
	}

	@Override
	public void contribute(Ticket ticket, boolean canWork, Model model) {
		model.addAttribute("satisfactionSurveys", this.satisfaction.of(ticket));
	}

}
