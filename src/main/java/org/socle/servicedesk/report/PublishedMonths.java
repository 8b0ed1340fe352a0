package org.socle.servicedesk.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published monthly figures: computed once when a month is over, in one statement,
 * per finest cell (establishment, team, catalogue service) and never changed after. Each
 * column is additive, so the figures of any filter and reader are the sums of the cells
 * they may see: the same narrowing ({@link TicketConditions}) as the live figures, on the
 * cells' own columns.
 */
@Component
class PublishedMonths {

	/** The additive columns of a cell, each also the name of what its rows count. */
	static final List<String> COLUMNS = List.of("created", "resolved", "closed", "cancelled", "reopened", "open_at_end",
			"response_met", "response_measured", "resolution_met", "resolution_measured", "invitations", "answers",
			"rating_sum");

	private static final String CELL = "t.establishment_id, t.team_id, t.service_id";

	private final JdbcClient jdbc;

	PublishedMonths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Publishes the month's figures as they stand now, unless it is published already
	 * (then nothing is written, whoever published it: a second node waits for the first
	 * one's transaction and finds the month taken).
	 * @return the publication, new or earlier
	 */
	@Transactional
	Publication publish(YearMonth month, ZoneId zone, Instant now, String by) {
		int taken = this.jdbc
			.sql("insert into sd_report_month (month, zone, published_at, published_by) values (?, ?, ?, ?)"
					+ " on conflict (month) do nothing")
			.params(Date.valueOf(month.atDay(1)), zone.getId(), Timestamp.from(now), by)
			.update();
		if (taken == 0) {
			return find(month).orElseThrow();
		}
		ReportPeriod period = ReportPeriod.month(month, zone);
		int cells = this.jdbc.sql(cellsInsert())
			.param("month", Date.valueOf(month.atDay(1)))
			.param("start", Timestamp.from(period.start()))
			.param("end", Timestamp.from(period.end()))
			.update();
		return new Publication(month, now, by, cells, true);
	}

	/** The publication of a month, if any. */
	Optional<Publication> find(YearMonth month) {
		return this.jdbc
			.sql("select published_at, published_by, (select count(*) from sd_report_month_cell c"
					+ " where c.month = m.month) from sd_report_month m where m.month = ?")
			.param(Date.valueOf(month.atDay(1)))
			.query((rs, n) -> new Publication(month, rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3),
					false))
			.optional();
	}

	/** When each published month of the span (both included) was published. */
	Map<YearMonth, Instant> publishedBetween(YearMonth first, YearMonth last) {
		Map<YearMonth, Instant> published = new HashMap<>();
		this.jdbc.sql("select month, published_at from sd_report_month where month >= ? and month <= ?")
			.params(Date.valueOf(first.atDay(1)), Date.valueOf(last.atDay(1)))
			.query(rs -> {
				published.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getTimestamp(2).toInstant());
			});
		return published;
	}

	/**
	 * The sums of the cells the narrowing lets through, per published month of the span
	 * (a published month without such cells is absent: its figures are zeros).
	 */
	Map<YearMonth, long[]> sums(YearMonth first, YearMonth last, TicketConditions cells) {
		String sql = "select t.month, "
				+ COLUMNS.stream().map(c -> "sum(t." + c + ")").collect(Collectors.joining(", "))
				+ " from sd_report_month_cell t where t.month >= ? and t.month <= ?" + cells.sql()
				+ " group by t.month";
		List<Object> params = new ArrayList<>(List.of(Date.valueOf(first.atDay(1)), Date.valueOf(last.atDay(1))));
		params.addAll(cells.params());
		Map<YearMonth, long[]> sums = new HashMap<>();
		this.jdbc.sql(sql).params(params).query(rs -> {
			long[] values = new long[COLUMNS.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = rs.getLong(i + 2);
			}
			sums.put(YearMonth.from(rs.getDate(1).toLocalDate()), values);
		});
		return sums;
	}

	/**
	 * One statement: every figure of the month as rows (cell, what it counts, how many),
	 * from the same definitions as the live figures, turned into one row per cell.
	 */
	private static String cellsInsert() {
		String rows = String.join(" union all ", ticketCounts(), openAtEnd(), clocks(), satisfaction());
		return "insert into sd_report_month_cell (month, establishment_id, team_id, service_id, "
				+ String.join(", ", COLUMNS) + ") select :month, establishment_id, team_id, service_id, "
				+ COLUMNS.stream()
					.map(c -> "coalesce(sum(n) filter (where measure = '" + c.toUpperCase() + "'), 0)")
					.collect(Collectors.joining(", "))
				+ " from (" + rows + ") f group by establishment_id, team_id, service_id";
	}

	/** Created, resolved, closed, cancelled and reopened in the month. */
	private static String ticketCounts() {
		return Arrays.stream(TicketMeasure.values())
			.map(m -> "select " + CELL + ", '" + m.name() + "' as measure, " + m.count() + " as n from " + m.from()
					+ " where " + m.instant() + " >= :start and " + m.instant() + " < :end" + m.condition()
					+ " group by 1, 2, 3")
			.collect(Collectors.joining(" union all "));
	}

	/**
	 * Open at the first instant of the next month: created before it, and still open, or
	 * resolved or cancelled since (as {@link ReportQueries#openAt}).
	 */
	private static String openAtEnd() {
		return List.of("t.status in " + ReportQueries.OPEN_STATUSES, "t.resolved_at >= :end", "t.cancelled_at >= :end")
			.stream()
			.map(part -> "select " + CELL + ", 'OPEN_AT_END', count(*) from sd_ticket t where " + part
					+ " and t.created_at < :end group by 1, 2, 3")
			.collect(Collectors.joining(" union all "));
	}

	/** The clocks that ended in the month, met or breached, per kind. */
	private static String clocks() {
		String ended = " from sd_sla_clock c join sd_ticket t on t.id = c.ticket_id where c.current"
				+ " and c.stopped_at >= :start and c.stopped_at < :end and c.state in ('MET', 'BREACHED')";
		return "select " + CELL + ", c.kind || '_MEASURED', count(*)" + ended + " group by 1, 2, 3, 4"
				+ " union all select " + CELL + ", c.kind || '_MET', count(*)" + ended
				+ " and c.state = 'MET' group by 1, 2, 3, 4";
	}

	/**
	 * The surveys sent in the month, by the invitation's establishment and team (those of
	 * the ticket at its resolution) and the ticket's service, with their answers so far.
	 */
	private static String satisfaction() {
		return "select i.establishment_id, i.team_id, t.service_id, v.measure, sum(v.n)"
				+ " from sd_satisfaction_invitation i join sd_ticket t on t.id = i.ticket_id"
				+ " cross join lateral (values ('INVITATIONS', 1), ('ANSWERS', case when i.rating is null then 0 else 1 end),"
				+ " ('RATING_SUM', coalesce(i.rating, 0))) as v(measure, n)"
				+ " where i.invited_at >= :start and i.invited_at < :end group by 1, 2, 3, 4";
	}

	/**
	 * A month's publication.
	 *
	 * @param cells the cells written
	 * @param written whether this call published it (false: it was published before)
	 */
	record Publication(YearMonth month, Instant publishedAt, String publishedBy, int cells, boolean written) {
	}

}
