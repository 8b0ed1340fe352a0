package org.socle.servicedesk.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.socle.servicedesk.report.ServiceReport.Compliance;
import org.socle.servicedesk.report.ServiceReport.Reopen;
import org.socle.servicedesk.report.ServiceReport.Satisfaction;
import org.socle.servicedesk.report.ServiceReport.Scope;

/**
 * A year month by month: each month's figures as a service report of that month would
 * give them (breaches are counted, not listed). A month that is over may be published:
 * its figures were counted once, at publication, and never change after; the others are
 * counted at each request.
 *
 * @param openAtStart tickets open on the first of January, 00:00
 */
public record MonthlyReport(Scope scope, int year, String zone, long openAtStart, List<Month> months) {

	/**
	 * One month's figures.
	 *
	 * @param publishedAt when the figures were published (frozen), null when they are
	 * counted live
	 */
	public record Month(YearMonth month, long created, long resolved, long closed, long cancelled, long openAtEnd,
			Compliance response, Compliance resolution, Satisfaction satisfaction, Reopen reopen, Instant publishedAt) {
	}

}
