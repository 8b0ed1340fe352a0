package org.socle.servicedesk.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.socle.servicedesk.report.ReportQueries.TypeAndPriority;
import org.socle.servicedesk.report.ServiceReport.Backlog;
import org.socle.servicedesk.report.ServiceReport.Compliance;
import org.socle.servicedesk.report.ServiceReport.Counts;
import org.socle.servicedesk.report.ServiceReport.Reopen;
import org.socle.servicedesk.report.ServiceReport.Satisfaction;
import org.socle.servicedesk.satisfaction.SatisfactionFigures;
import org.socle.servicedesk.sla.ClockKind;
import org.socle.servicedesk.ticket.TicketType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds service reports for the signed-in reader: the filter is checked
 * ({@link ReportAccess}) and narrowed to the tickets the reader works, then every figure
 * is one set-based query ({@link ReportQueries}). The backlog is counted at the end of
 * the period (the tickets changed since are the fewest for recent periods) and worked
 * back to its start: open at the start = open at the end - created + resolved +
 * cancelled, an identity of the definitions.
 */
@Service
public class ServiceReports {

	/** The most breaches a report lists (all are counted). */
	public static final int BREACH_LINES = 200;

	private final ReportAccess access;

	private final ReportQueries queries;

	private final BreachQueries breaches;

	private final SatisfactionFigures satisfaction;

	private final ReportScopes scopes;

	private final Clock clock;

	private final ZoneId zone;

	ServiceReports(ReportAccess access, ReportQueries queries, BreachQueries breaches, SatisfactionFigures satisfaction,
			ReportScopes scopes, Clock clock, @Value("${socle.servicedesk.reports.zone:Europe/Paris}") String zone) {
		this.access = access;
		this.queries = queries;
		this.breaches = breaches;
		this.satisfaction = satisfaction;
		this.scopes = scopes;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	/** The time zone whose days and months periods are made of. */
	public ZoneId zone() {
		return this.zone;
	}

	/**
	 * The period from one day to another, both included; this month when neither is
	 * given.
	 */
	public ReportPeriod period(LocalDate from, LocalDate to) {
		if (from == null && to == null) {
			return ReportPeriod.month(YearMonth.now(this.clock.withZone(this.zone)), this.zone);
		}
		return ReportPeriod.of(from, to, this.zone);
	}

	/** A whole month. */
	public ReportPeriod month(YearMonth month) {
		return ReportPeriod.month(month, this.zone);
	}

	/** The report of the filter, narrowed to what the reader may see. */
	@Transactional(readOnly = true)
	public ServiceReport report(ReportFilter filter) {
		ReaderScope reader = this.access.check(filter);
		TicketConditions tickets = TicketConditions.of(filter, reader);
		ReportPeriod period = filter.period();
		Instant start = period.start();
		Instant end = period.end();
		Volumes volumes = volumes(start, end, tickets);
		Counts total = volumes.total();
		long openAtEnd = this.queries.openAt(end, tickets);
		Map<ClockKind, Compliance> compliance = this.queries.compliance(start, end, tickets);
		return new ServiceReport(this.scopes.of(filter), period.from(), period.to(), this.zone.getId(), total,
				volumes.byType(), volumes.byPriority(),
				new Backlog(openAtEnd - total.created() + total.resolved() + total.cancelled(), openAtEnd),
				compliance.get(ClockKind.RESPONSE), compliance.get(ClockKind.RESOLUTION),
				compliance.get(ClockKind.RESPONSE).breached() + compliance.get(ClockKind.RESOLUTION).breached(),
				this.breaches.list(start, end, tickets, BREACH_LINES),
				satisfaction(this.satisfaction, filter, reader, start, end),
				Reopen.of(this.queries.count(TicketMeasure.REOPENED, start, end, tickets), total.resolved()));
	}

	private Volumes volumes(Instant start, Instant end, TicketConditions tickets) {
		Map<TicketType, Counts> byType = new EnumMap<>(TicketType.class);
		Map<Integer, Counts> byPriority = new TreeMap<>();
		Counts total = Counts.ZERO;
		Map<TicketMeasure, Map<TypeAndPriority, Long>> measured = new EnumMap<>(TicketMeasure.class);
		for (TicketMeasure m : List.of(TicketMeasure.CREATED, TicketMeasure.RESOLVED, TicketMeasure.CLOSED,
				TicketMeasure.CANCELLED)) {
			measured.put(m, this.queries.byTypeAndPriority(m, start, end, tickets));
		}
		java.util.Set<TypeAndPriority> keys = new java.util.HashSet<>();
		measured.values().forEach(counts -> keys.addAll(counts.keySet()));
		for (TypeAndPriority key : keys) {
			Counts counts = new Counts(get(measured, TicketMeasure.CREATED, key),
					get(measured, TicketMeasure.RESOLVED, key), get(measured, TicketMeasure.CLOSED, key),
					get(measured, TicketMeasure.CANCELLED, key));
			byType.merge(key.type(), counts, Counts::plus);
			byPriority.merge(key.priority(), counts, Counts::plus);
			total = total.plus(counts);
		}
		return new Volumes(total, byType, byPriority);
	}

	private static long get(Map<TicketMeasure, Map<TypeAndPriority, Long>> measured, TicketMeasure measure,
			TypeAndPriority key) {
		return measured.get(measure).getOrDefault(key, 0L);
	}

	/**
	 * The satisfaction figures of the filter's surveys sent in [start, end), narrowed to
	 * the reader.
	 */
	static Satisfaction satisfaction(SatisfactionFigures satisfaction, ReportFilter filter, ReaderScope reader,
			Instant start, Instant end) {
		SatisfactionFigures.Reach reach = reader.everything() ? null
				: new SatisfactionFigures.Reach(reader.establishmentIds(), reader.teamIds());
		SatisfactionFigures.Figures figures = satisfaction.of(new SatisfactionFigures.Filter(filter.teamId(),
				filter.establishmentId(), filter.serviceId(), reach, start, end));
		return new Satisfaction(figures.invitations(), figures.answers(), figures.meanRating(), figures.responseRate());
	}

	private record Volumes(Counts total, Map<TicketType, Counts> byType, Map<Integer, Counts> byPriority) {
	}

}
