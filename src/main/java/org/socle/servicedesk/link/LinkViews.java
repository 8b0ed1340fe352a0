package org.socle.servicedesk.link;

import java.time.Instant;

import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketStatus;

/** Watchers and priorities as the API and the page show them. */
final class LinkViews {

	private LinkViews() {
	}

	record WatcherView(Long personId, String name, Instant addedAt, String addedBy) {
	}

	record PriorityView(Long id, String number, int impact, int urgency, int priority, TicketStatus status,
			long version) {

		static PriorityView of(Ticket t) {
			return new PriorityView(t.getId(), t.getNumber(), t.getImpact(), t.getUrgency(), t.getPriority(),
					t.getStatus(), t.getVersion());
		}
	}

}
