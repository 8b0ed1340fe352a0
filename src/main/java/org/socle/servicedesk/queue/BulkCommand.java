package org.socle.servicedesk.queue;

import java.util.List;

import org.socle.servicedesk.ticket.PendingReason;
import org.socle.servicedesk.ticket.TicketStatus;

/**
 * One action on many tickets, each at the version the caller saw: assign them (to the
 * signed-in person when no assignee is given) or move them to a status (with the pending
 * reason or resolution it needs).
 */
record BulkCommand(Action action, List<TicketAtVersion> tickets, Long assigneeId, TicketStatus to,
		PendingReason pendingReason, String resolutionCode, String resolutionNote) {

	/** At most this many tickets in one request. */
	static final int MAX_TICKETS = 200;

	enum Action {

		ASSIGN, STATUS

	}

	record TicketAtVersion(Long id, Long version) {
	}

}
