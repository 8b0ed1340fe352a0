package org.socle.servicedesk.workorder;

import java.util.Locale;

import org.socle.directory.DirectoryApi;
import org.socle.inventory.WorkOrderProgressed;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketActivity;
import org.socle.servicedesk.ticket.TicketRepository;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the requester how the work order opened from their ticket progresses: each step
 * becomes a public comment on the ticket (so its timeline and the usual notification
 * carry it), in the requester's language, written in the same transaction as the step.
 */
@Component
class WorkOrderProgressLines {

	private final TicketRepository tickets;

	private final TicketActivity activity;

	private final DirectoryApi directory;

	private final MessageSource messages;

	WorkOrderProgressLines(TicketRepository tickets, TicketActivity activity, DirectoryApi directory,
			MessageSource messages) {
		this.tickets = tickets;
		this.activity = activity;
		this.directory = directory;
		this.messages = messages;
	}

	@EventListener
	void on(WorkOrderProgressed progressed) {
		this.tickets.findById(progressed.ticketId()).ifPresent(ticket -> comment(ticket, progressed));
	}

	private void comment(Ticket ticket, WorkOrderProgressed progressed) {
		Locale locale = (ticket.getRequesterId() != null)
				? this.directory.languageOf(ticket.getRequesterId()).orElse(Locale.FRENCH) : Locale.FRENCH;
		String status = this.messages.getMessage("servicedesk.workOrders.status." + progressed.status(), null,
				progressed.status(), locale);
		String body = this.messages.getMessage("servicedesk.workOrders.progress",
				new Object[] { progressed.number(), status }, locale);
		if (progressed.note() != null && !progressed.note().isBlank()) {
			body = body + "\n\n" + progressed.note().strip();
		}
		this.activity.commentFromMail(ticket, null, progressed.number(), body, false);
	}

}
