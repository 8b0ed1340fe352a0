package org.socle.servicedesk.report;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The report form of the pages: service, team, establishment, and either a month or days
 * from/to (both included). It also writes the links of the page (drill-down, exports,
 * year) with the same choices.
 */
public record ReportRequest(Long serviceId, Long teamId, Long establishmentId,
		@DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	/**
	 * The period asked for: the month when given, else the days (this month by default).
	 */
	ReportPeriod period(ServiceReports reports) {
		return (this.month != null) ? reports.month(this.month) : reports.period(this.from, this.to);
	}

	ReportFilter filter(ServiceReports reports) {
		return new ReportFilter(this.serviceId, this.teamId, this.establishmentId, period(reports));
	}

	/** The links of a report over the resolved period. */
	public Links links(ReportPeriod period) {
		return new Links(this, period);
	}

	/** Links that keep the report's choices. */
	public record Links(ReportRequest request, ReportPeriod period) {

		/** The tickets behind a count. */
		public String drill(String drill) {
			return base("/servicedesk/reports/tickets").queryParam("drill", drill).toUriString();
		}

		/** The tickets behind a count of one type or one priority. */
		public String drill(String drill, String type, Integer priority) {
			return base("/servicedesk/reports/tickets").queryParam("drill", drill)
				.queryParamIfPresent("type", java.util.Optional.ofNullable(type))
				.queryParamIfPresent("priority", java.util.Optional.ofNullable(priority))
				.toUriString();
		}

		public String export(String extension) {
			return base("/servicedesk/reports/export." + extension).toUriString();
		}

		/** The month-by-month report of the period's first year. */
		public String monthly() {
			return UriComponentsBuilder.fromPath("/servicedesk/reports/monthly")
				.queryParam("year", this.period.from().getYear())
				.queryParamIfPresent("serviceId", java.util.Optional.ofNullable(this.request.serviceId()))
				.queryParamIfPresent("teamId", java.util.Optional.ofNullable(this.request.teamId()))
				.queryParamIfPresent("establishmentId", java.util.Optional.ofNullable(this.request.establishmentId()))
				.toUriString();
		}

		private UriComponentsBuilder base(String path) {
			return UriComponentsBuilder.fromPath(path)
				.queryParamIfPresent("serviceId", java.util.Optional.ofNullable(this.request.serviceId()))
				.queryParamIfPresent("teamId", java.util.Optional.ofNullable(this.request.teamId()))
				.queryParamIfPresent("establishmentId", java.util.Optional.ofNullable(this.request.establishmentId()))
				.queryParam("from", this.period.from())
				.queryParam("to", this.period.to());
		}

	}

}
