package org.socle.servicedesk.catalogue;

import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketPageSection;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the ticket page (agents' and portal's) shows of a catalogue request: the service,
 * the item, the answers, and the approval.
 */
@Component
class CatalogueSection implements TicketPageSection {

	private final CatalogueRequests requests;

	private final RequestViews views;

	CatalogueSection(CatalogueRequests requests, RequestViews views) {
		this.requests = requests;
		this.views = views;
	}

	@Override
	public void contribute(Ticket ticket, boolean canWork, Model model) {
		model.addAttribute("catalogueRequest",
				this.requests.ofTicket(ticket)
					.map(r -> this.views.of(r, LocaleContextHolder.getLocale()))
					.orElse(null));
	}

}
