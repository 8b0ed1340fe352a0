package org.socle.servicedesk.mail;

import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketPageSection;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * On the ticket page: the sender's address of a ticket raised by mail by someone the
 * directory does not know (it has no requester person), for the team to triage.
 */
@Component
class MailTicketSection implements TicketPageSection {

	@Override
	public void contribute(Ticket ticket, boolean canWork, Model model) {
		model.addAttribute("mailUnknownRequester", ticket.getUnknownRequesterEmail());
	}

}
