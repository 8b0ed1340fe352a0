package org.socle.servicedesk.ticket;

/**
 * Published, inside the transaction that wrote it, for every line added to a ticket's
 * timeline: what notifications, follow-ups and jobs react to. Listeners that write (an
 * outbox row, say) commit or roll back with the change itself.
 *
 * @param ticket the ticket as it is after the change
 * @param event the timeline line
 */
public record TicketEventRecorded(Ticket ticket, TicketEvent event) {

	public TicketEvent.Kind kind() {
		return this.event.getKind();
	}

}
