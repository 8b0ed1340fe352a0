package org.socle.servicedesk.ticket;

import org.springframework.ui.Model;

/**
 * A part of the ticket page that a feature adds (attachments, links, watchers...): it
 * puts what its fragment needs in the model each time the work area is drawn, for the
 * ticket the account sees.
 */
public interface TicketPageSection {

	void contribute(Ticket ticket, boolean canWork, Model model);

}
