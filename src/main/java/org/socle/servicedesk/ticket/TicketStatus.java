package org.socle.servicedesk.ticket;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A ticket's lifecycle, as an explicit transition table. Resolved tickets close, or
 * reopen (back to in progress); closed and cancelled tickets are final.
 */
public enum TicketStatus {

	NEW, ASSIGNED, IN_PROGRESS, PENDING, RESOLVED, CLOSED, CANCELLED;

	private static final Map<TicketStatus, EnumSet<TicketStatus>> NEXT = new EnumMap<>(TicketStatus.class);

	static {
		NEXT.put(NEW, EnumSet.of(ASSIGNED, CANCELLED));
		NEXT.put(ASSIGNED, EnumSet.of(IN_PROGRESS, RESOLVED, CANCELLED));
		NEXT.put(IN_PROGRESS, EnumSet.of(PENDING, RESOLVED, CANCELLED));
		NEXT.put(PENDING, EnumSet.of(IN_PROGRESS, RESOLVED, CANCELLED));
		NEXT.put(RESOLVED, EnumSet.of(CLOSED, IN_PROGRESS));
		NEXT.put(CLOSED, EnumSet.noneOf(TicketStatus.class));
		NEXT.put(CANCELLED, EnumSet.noneOf(TicketStatus.class));
	}

	/** The statuses this one may move to. */
	public Set<TicketStatus> next() {
		return EnumSet.copyOf(NEXT.get(this));
	}

	public boolean canMoveTo(TicketStatus to) {
		return to != null && NEXT.get(this).contains(to);
	}

	/**
	 * @throws IllegalTransitionException when the table has no such transition
	 */
	public void checkMoveTo(TicketStatus to) {
		if (!canMoveTo(to)) {
			throw new IllegalTransitionException(this, to);
		}
	}

	/** Whether work on the ticket is still going on. */
	public boolean isOpen() {
		return this != RESOLVED && this != CLOSED && this != CANCELLED;
	}

}
