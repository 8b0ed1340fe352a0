package org.socle.servicedesk.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.servicedesk.report.ServiceReport.Breach;
import org.socle.servicedesk.report.ServiceReport.EscalationLine;
import org.socle.servicedesk.sla.ClockKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The breaches of a period: clocks that ended breached in it, with their agreement and
 * target, how late they were, what the ticket waited for and the escalations recorded.
 */
@Component
class BreachQueries {

	private static final String BREACHED = " from sd_sla_clock c join sd_ticket t on t.id = c.ticket_id"
			+ " join sd_agreement a on a.id = c.agreement_id where c.current and c.state = 'BREACHED'"
			+ " and c.stopped_at >= ? and c.stopped_at < ?";

	private final JdbcClient jdbc;

	BreachQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The breaches of the period, the latest first, at most {@code limit}. */
	List<Breach> list(Instant start, Instant end, TicketConditions tickets, int limit) {
		List<Object> params = new ArrayList<>(List.of(ReportQueries.ts(start), ReportQueries.ts(end)));
		params.addAll(tickets.params());
		params.add(limit);
		List<Row> rows = this.jdbc
			.sql("select c.id, c.ticket_id, t.number, t.title, c.kind, c.priority, a.kind,"
					+ " a.name, c.target_minutes, greatest(c.consumed_seconds - c.target_minutes * 60, 0) / 60,"
					+ " c.breached_at, c.stopped_at" + BREACHED + tickets.sql()
					+ " order by c.stopped_at desc, c.id desc limit ?")
			.params(params)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					ClockKind.valueOf(rs.getString(5)), rs.getInt(6), rs.getString(7) + " " + rs.getString(8),
					rs.getInt(9), rs.getLong(10), instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12))))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ticketIds = rows.stream().map(Row::ticketId).distinct().toList();
		Map<Long, List<String>> waits = pendingReasons(ticketIds);
		Map<String, List<EscalationLine>> escalations = escalations(ticketIds);
		return rows.stream()
			.map(r -> new Breach(r.ticketId(), r.number(), r.title(), r.kind(), r.priority(), r.agreement(),
					r.targetMinutes(), r.lateMinutes(), r.breachedAt(), r.stoppedAt(),
					(r.kind() == ClockKind.RESOLUTION) ? waits.getOrDefault(r.ticketId(), List.of()) : List.of(),
					escalations.getOrDefault(r.ticketId() + ":" + r.kind(), List.of())))
			.toList();
	}

	/** What each ticket was left pending for, in the order it first happened. */
	private Map<Long, List<String>> pendingReasons(List<Long> ticketIds) {
		Map<Long, List<String>> reasons = new HashMap<>();
		this.jdbc
			.sql("select ticket_id, detail from sd_ticket_event where ticket_id in (" + ids(ticketIds)
					+ ") and kind = 'STATUS_CHANGED' and to_value = 'PENDING' and detail is not null order by at, id")
			.query(rs -> {
				List<String> list = reasons.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
				if (!list.contains(rs.getString(2))) {
					list.add(rs.getString(2));
				}
			});
		return reasons;
	}

	/** The escalations of each ticket's clocks, by ticket and kind, oldest first. */
	private Map<String, List<EscalationLine>> escalations(List<Long> ticketIds) {
		Map<String, List<EscalationLine>> lines = new HashMap<>();
		this.jdbc
			.sql("select c.ticket_id, c.kind, e.level, e.detected_at, e.warned, e.reassigned_to"
					+ " from sd_sla_escalation e join sd_sla_clock c on c.id = e.clock_id where e.ticket_id in ("
					+ ids(ticketIds) + ") order by e.detected_at, e.id")
			.query(rs -> {
				lines.computeIfAbsent(rs.getLong(1) + ":" + rs.getString(2), k -> new ArrayList<>())
					.add(new EscalationLine(rs.getString(3), instant(rs.getTimestamp(4)), rs.getInt(5),
							(Long) rs.getObject(6)));
			});
		return lines;
	}

	private static String ids(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private record Row(Long clockId, Long ticketId, String number, String title, ClockKind kind, int priority,
			String agreement, int targetMinutes, long lateMinutes, Instant breachedAt, Instant stoppedAt) {
	}

}
