package org.socle.servicedesk.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.socle.servicedesk.report.MonthlyReport.Month;
import org.socle.servicedesk.report.ServiceReport.Compliance;
import org.socle.servicedesk.report.ServiceReport.Reopen;
import org.socle.servicedesk.report.ServiceReport.Satisfaction;
import org.socle.servicedesk.satisfaction.SatisfactionFigures;
import org.socle.servicedesk.sla.ClockKind;
import org.socle.shared.web.FieldRuleException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year month by month for the signed-in reader. A published month gives the sums of its
 * stored cells that the reader may see ({@link PublishedMonths}); the months not
 * published (this month, the months to come, any left behind) are counted live, as one
 * span, from the same definitions: their backlog is counted at the span's end and worked
 * back month by month.
 */
@Service
public class MonthlyReports {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final ReportAccess access;

	private final ReportQueries queries;

	private final PublishedMonths published;

	private final SatisfactionFigures satisfaction;

	private final ReportScopes scopes;

	private final ServiceReports reports;

	private final Clock clock;

	MonthlyReports(ReportAccess access, ReportQueries queries, PublishedMonths published,
			SatisfactionFigures satisfaction, ReportScopes scopes, ServiceReports reports, Clock clock) {
		this.access = access;
		this.queries = queries;
		this.published = published;
		this.satisfaction = satisfaction;
		this.scopes = scopes;
		this.reports = reports;
		this.clock = clock;
	}

	/** The year month by month (this year when none is given), narrowed to the reader. */
	@Transactional(readOnly = true)
	public MonthlyReport monthly(Integer year, Long serviceId, Long teamId, Long establishmentId) {
		int y = (year != null) ? year : Year.now(this.clock.withZone(this.reports.zone())).getValue();
		if (y < FIRST_YEAR || y > LAST_YEAR) {
			throw FieldRuleException.invalid("year", "YearRange", String.valueOf(FIRST_YEAR),
					String.valueOf(LAST_YEAR));
		}
		ReportPeriod whole = new ReportPeriod(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), this.reports.zone());
		ReportFilter filter = new ReportFilter(serviceId, teamId, establishmentId, whole);
		ReaderScope reader = this.access.check(filter);
		TicketConditions tickets = TicketConditions.of(filter, reader);
		Month[] months = published(y, tickets);
		int firstLive = 0;
		while (firstLive < 12 && months[firstLive] != null) {
			firstLive++;
		}
		int lastLive = 11;
		while (lastLive >= 0 && months[lastLive] != null) {
			lastLive--;
		}
		if (firstLive <= lastLive) {
			live(YearMonth.of(y, firstLive + 1), YearMonth.of(y, lastLive + 1), filter, reader, tickets, months);
		}
		Month january = months[0];
		long openAtStart = january.openAtEnd() - january.created() + january.resolved() + january.cancelled();
		return new MonthlyReport(this.scopes.of(filter), y, this.reports.zone().getId(), openAtStart,
				Arrays.asList(months));
	}

	/** The published months of the year (null for the others). */
	private Month[] published(int year, TicketConditions tickets) {
		Month[] months = new Month[12];
		YearMonth first = YearMonth.of(year, 1);
		YearMonth last = YearMonth.of(year, 12);
		Map<YearMonth, Instant> publishedAt = this.published.publishedBetween(first, last);
		if (publishedAt.isEmpty()) {
			return months;
		}
		Map<YearMonth, long[]> sums = this.published.sums(first, last, tickets);
		long[] zeros = new long[PublishedMonths.COLUMNS.size()];
		publishedAt.forEach((month,
				at) -> months[month.getMonthValue() - 1] = fromCells(month, sums.getOrDefault(month, zeros), at));
		return months;
	}

	private static Month fromCells(YearMonth month, long[] sums, Instant publishedAt) {
		Cells c = new Cells(sums);
		long answers = c.get("answers");
		long invitations = c.get("invitations");
		Satisfaction satisfaction = new Satisfaction(invitations, answers,
				(answers == 0) ? null : (double) c.get("rating_sum") / answers,
				(invitations == 0) ? null : (double) answers / invitations);
		return new Month(month, c.get("created"), c.get("resolved"), c.get("closed"), c.get("cancelled"),
				c.get("open_at_end"), Compliance.of(c.get("response_met"), c.get("response_measured")),
				Compliance.of(c.get("resolution_met"), c.get("resolution_measured")), satisfaction,
				Reopen.of(c.get("reopened"), c.get("resolved")), publishedAt);
	}

	/**
	 * Counts the months from first to last live and fills those not published. The
	 * backlog at each month's end is worked back from the span's end (open at the start =
	 * open at the end - created + resolved + cancelled).
	 */
	private void live(YearMonth first, YearMonth last, ReportFilter filter, ReaderScope reader,
			TicketConditions tickets, Month[] months) {
		ReportPeriod span = new ReportPeriod(first.atDay(1), last.atEndOfMonth(), this.reports.zone());
		Map<TicketMeasure, long[]> counts = new EnumMap<>(TicketMeasure.class);
		for (TicketMeasure measure : TicketMeasure.values()) {
			counts.put(measure, this.queries.byMonth(measure, span, tickets));
		}
		Map<ClockKind, Compliance[]> compliance = this.queries.complianceByMonth(span, tickets);
		long open = this.queries.openAt(span.end(), tickets);
		for (int m = last.getMonthValue() - 1; m >= first.getMonthValue() - 1; m--) {
			long created = counts.get(TicketMeasure.CREATED)[m];
			long resolved = counts.get(TicketMeasure.RESOLVED)[m];
			long cancelled = counts.get(TicketMeasure.CANCELLED)[m];
			if (months[m] == null) {
				YearMonth which = YearMonth.of(first.getYear(), m + 1);
				ReportPeriod month = ReportPeriod.month(which, this.reports.zone());
				months[m] = new Month(which, created, resolved, counts.get(TicketMeasure.CLOSED)[m], cancelled, open,
						compliance.get(ClockKind.RESPONSE)[m], compliance.get(ClockKind.RESOLUTION)[m],
						ServiceReports.satisfaction(this.satisfaction, filter, reader, month.start(), month.end()),
						Reopen.of(counts.get(TicketMeasure.REOPENED)[m], resolved), null);
			}
			open -= created - resolved - cancelled;
		}
	}

	/** A published month's sums, by column name. */
	private record Cells(long[] sums) {

		long get(String column) {
			return this.sums[PublishedMonths.COLUMNS.indexOf(column)];
		}

	}

}
