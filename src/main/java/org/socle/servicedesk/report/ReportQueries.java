package org.socle.servicedesk.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.servicedesk.report.ServiceReport.Compliance;
import org.socle.servicedesk.sla.ClockKind;
import org.socle.servicedesk.ticket.TicketType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The set-based queries behind the figures: counts grouped in the database over indexed
 * instants, never a ticket loaded. Each takes the narrowing of the report's tickets.
 */
@Component
class ReportQueries {

	static final String OPEN_STATUSES = "('NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING')";

	private static final String CLOCKS_ENDED = "sd_sla_clock c%s where c.current and c.stopped_at >= ? and c.stopped_at < ?"
			+ " and c.state in ('MET', 'BREACHED')";

	private final JdbcClient jdbc;

	ReportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Tickets counted by the measure in the period, per type and priority. */
	Map<TypeAndPriority, Long> byTypeAndPriority(TicketMeasure measure, Instant start, Instant end,
			TicketConditions tickets) {
		String sql = "select t.type, t.priority, " + measure.count() + " from " + measure.from() + " where "
				+ measure.instant() + " >= ? and " + measure.instant() + " < ?" + measure.condition() + tickets.sql()
				+ " group by t.type, t.priority";
		Map<TypeAndPriority, Long> counts = new HashMap<>();
		this.jdbc.sql(sql).params(params(List.of(ts(start), ts(end)), tickets)).query(rs -> {
			counts.put(new TypeAndPriority(TicketType.valueOf(rs.getString(1)), rs.getInt(2)), rs.getLong(3));
		});
		return counts;
	}

	/** Tickets counted by the measure in the period, in total. */
	long count(TicketMeasure measure, Instant start, Instant end, TicketConditions tickets) {
		String sql = "select " + measure.count(tickets) + " from " + measure.from(tickets) + " where "
				+ measure.instant() + " >= ? and " + measure.instant() + " < ?" + measure.condition() + tickets.sql();
		return this.jdbc.sql(sql).params(params(List.of(ts(start), ts(end)), tickets)).query(Long.class).single();
	}

	/**
	 * Tickets counted by the measure in each month of a year (index 0 for January), the
	 * months taken in the zone.
	 */
	long[] byMonth(TicketMeasure measure, ReportPeriod year, TicketConditions tickets) {
		String sql = "select " + month(measure.instant(), year) + ", " + measure.count(tickets) + " from "
				+ measure.from(tickets) + " where " + measure.instant() + " >= ? and " + measure.instant() + " < ?"
				+ measure.condition() + tickets.sql() + " group by 1";
		long[] counts = new long[12];
		this.jdbc.sql(sql).params(params(List.of(ts(year.start()), ts(year.end())), tickets)).query(rs -> {
			counts[rs.getInt(1)] = rs.getLong(2);
		});
		return counts;
	}

	/**
	 * Tickets open at the instant: created before it, and neither resolved (last
	 * resolution) nor cancelled before it. Three disjoint parts, each on its index: still
	 * open, resolved since, cancelled since.
	 */
	long openAt(Instant at, TicketConditions tickets) {
		String sql = "select (select count(*) from sd_ticket t where t.status in " + OPEN_STATUSES
				+ " and t.created_at < ?" + tickets.sql() + ")"
				+ " + (select count(*) from sd_ticket t where t.resolved_at >= ? and t.created_at < ?" + tickets.sql()
				+ ") + (select count(*) from sd_ticket t where t.cancelled_at >= ? and t.created_at < ?" + tickets.sql()
				+ ")";
		List<Object> params = new ArrayList<>();
		params.add(ts(at));
		params.addAll(tickets.params());
		for (int part = 0; part < 2; part++) {
			params.add(ts(at));
			params.add(ts(at));
			params.addAll(tickets.params());
		}
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/** The clocks that ended (met or breached) in the period, per kind. */
	Map<ClockKind, Compliance> compliance(Instant start, Instant end, TicketConditions tickets) {
		String sql = "select c.kind, count(*) filter (where c.state = 'MET'), count(*) from " + clocksEnded(tickets)
				+ tickets.sql() + " group by c.kind";
		Map<ClockKind, Compliance> result = new EnumMap<>(ClockKind.class);
		for (ClockKind kind : ClockKind.values()) {
			result.put(kind, Compliance.of(0, 0));
		}
		this.jdbc.sql(sql).params(params(List.of(ts(start), ts(end)), tickets)).query(rs -> {
			result.put(ClockKind.valueOf(rs.getString(1)), Compliance.of(rs.getLong(2), rs.getLong(3)));
		});
		return result;
	}

	/**
	 * The clocks that ended in each month of a year, per kind (index 0 for January).
	 */
	Map<ClockKind, Compliance[]> complianceByMonth(ReportPeriod year, TicketConditions tickets) {
		String sql = "select " + month("c.stopped_at", year) + ", c.kind, count(*) filter (where c.state = 'MET'),"
				+ " count(*) from " + clocksEnded(tickets) + tickets.sql() + " group by 1, 2";
		Map<ClockKind, Compliance[]> result = new EnumMap<>(ClockKind.class);
		for (ClockKind kind : ClockKind.values()) {
			Compliance[] months = new Compliance[12];
			java.util.Arrays.fill(months, Compliance.of(0, 0));
			result.put(kind, months);
		}
		this.jdbc.sql(sql).params(params(List.of(ts(year.start()), ts(year.end())), tickets)).query(rs -> {
			result.get(ClockKind.valueOf(rs.getString(2)))[rs.getInt(1)] = Compliance.of(rs.getLong(3), rs.getLong(4));
		});
		return result;
	}

	private static String clocksEnded(TicketConditions tickets) {
		return String.format(CLOCKS_ENDED, tickets.narrows() ? " join sd_ticket t on t.id = c.ticket_id" : "");
	}

	/**
	 * The month (0 for January) of an instant of the year: its bucket among the first
	 * instants of February to December in the zone. Cheaper per row than converting each
	 * instant to the zone; the bounds are computed here, not given by a caller.
	 */
	private static String month(String instant, ReportPeriod year) {
		String bounds = java.util.stream.IntStream.rangeClosed(2, 12)
			.mapToObj(m -> "'"
					+ java.time.LocalDate.of(year.from().getYear(), m, 1).atStartOfDay(year.zone()).toInstant() + "'")
			.collect(java.util.stream.Collectors.joining(", "));
		return "width_bucket(" + instant + ", array[" + bounds + "]::timestamptz[])";
	}

	private static List<Object> params(List<Object> first, TicketConditions tickets) {
		List<Object> all = new ArrayList<>(first);
		all.addAll(tickets.params());
		return all;
	}

	static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

	/** A ticket type and priority, the grouping of volumes. */
	record TypeAndPriority(TicketType type, int priority) {
	}

}
