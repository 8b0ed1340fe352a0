package org.socle.servicedesk.report;

/**
 * The instants that make tickets count in a period, each with where it is read: a
 * ticket's own column (created, last resolved, closed, cancelled) or a line of its
 * timeline (reopened, which may happen more than once). A ticket counts once per period,
 * whatever the lines.
 */
enum TicketMeasure {

	CREATED("sd_ticket t", "t.created_at", ""),

	/**
	 * The ticket's last resolution (a reopening clears it until it is resolved again).
	 */
	RESOLVED("sd_ticket t", "t.resolved_at", ""),

	CLOSED("sd_ticket t", "t.closed_at", ""),

	CANCELLED("sd_ticket t", "t.cancelled_at", ""),

	/** Reopened by its requester after a resolution. */
	REOPENED(Sql.TIMELINE, "e.at", " and e.kind = 'REOPENED'");

	private final String from;

	private final String instant;

	private final String condition;

	TicketMeasure(String from, String instant, String condition) {
		this.from = from;
		this.instant = instant;
		this.condition = condition;
	}

	/** The tables, aliased {@code t} for the ticket. */
	String from() {
		return this.from;
	}

	/**
	 * The tables when nothing narrows the tickets and no ticket column is read: timeline
	 * lines alone, without a lookup of each line's ticket.
	 */
	String from(TicketConditions tickets) {
		return (isTimeline() && !tickets.narrows()) ? "sd_ticket_event e" : this.from;
	}

	/** How tickets are counted with {@link #from(TicketConditions)}. */
	String count(TicketConditions tickets) {
		return (isTimeline() && !tickets.narrows()) ? "count(distinct e.ticket_id)" : count();
	}

	private boolean isTimeline() {
		return this.from.equals(Sql.TIMELINE);
	}

	/** The instant column. */
	String instant() {
		return this.instant;
	}

	/** Extra conditions on the rows, each starting with {@code and}. */
	String condition() {
		return this.condition;
	}

	/** How tickets are counted: a ticket with two lines in a period counts once. */
	String count() {
		return isTimeline() ? "count(distinct t.id)" : "count(*)";
	}

	/**
	 * The condition on a ticket row that it counts in {@code [?, ?)}: the same rows as
	 * {@link #from()} with the instant in the period, as a predicate on {@code t} alone
	 * (for the lists behind a count).
	 */
	String ticketPredicate() {
		if (!isTimeline()) {
			return this.instant + " >= ? and " + this.instant + " < ?";
		}
		return "exists (select 1 from sd_ticket_event e where e.ticket_id = t.id" + this.condition
				+ " and e.at >= ? and e.at < ?)";
	}

	private static final class Sql {

		static final String TIMELINE = "sd_ticket_event e join sd_ticket t on t.id = e.ticket_id";

	}

}
