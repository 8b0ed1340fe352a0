package org.socle.servicedesk.report;

import java.sql.Timestamp;
import java.util.List;

/**
 * The tickets behind each count of a report, as a condition on a ticket row ({@code t})
 * and its parameters for the period: the same rows the count counts.
 */
public enum Drill {

	CREATED, RESOLVED, CLOSED, CANCELLED, REOPENED, OPEN_AT_START, OPEN_AT_END, RESPONSE_MET, RESPONSE_BREACHED,
	RESPONSE_ENDED, RESOLUTION_MET, RESOLUTION_BREACHED, RESOLUTION_ENDED;

	private static final String OPEN_AT = "t.created_at < ? and (t.status in ('NEW', 'ASSIGNED', 'IN_PROGRESS',"
			+ " 'PENDING') or t.resolved_at >= ? or t.cancelled_at >= ?)";

	private static final String CLOCK_ENDED = "exists (select 1 from sd_sla_clock c where c.ticket_id = t.id"
			+ " and c.current and c.kind = '%s' and c.stopped_at >= ? and c.stopped_at < ? and c.state in (%s))";

	String predicate() {
		return switch (this) {
			case CREATED, RESOLVED, CLOSED, CANCELLED, REOPENED -> TicketMeasure.valueOf(name()).ticketPredicate();
			case OPEN_AT_START, OPEN_AT_END -> OPEN_AT;
			default -> String.format(CLOCK_ENDED, name().substring(0, name().indexOf('_')), states());
		};
	}

	List<Object> params(ReportPeriod period) {
		Timestamp start = Timestamp.from(period.start());
		Timestamp end = Timestamp.from(period.end());
		return switch (this) {
			case OPEN_AT_START -> List.of(start, start, start);
			case OPEN_AT_END -> List.of(end, end, end);
			default -> List.of(start, end);
		};
	}

	private String states() {
		if (name().endsWith("_MET")) {
			return "'MET'";
		}
		return name().endsWith("_BREACHED") ? "'BREACHED'" : "'MET', 'BREACHED'";
	}

}
