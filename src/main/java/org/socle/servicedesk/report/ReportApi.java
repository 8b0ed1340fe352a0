package org.socle.servicedesk.report;

import java.time.LocalDate;

import org.socle.servicedesk.ticket.TicketType;
import org.socle.shared.web.PageView;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of service reports: one period's figures, a year month by month, and the
 * tickets behind a count. Days are ISO dates ({@code 2026-03-31}), both included, in the
 * group's time zone; this month when neither is given. Refusals name the field and the
 * rule (a period ending before it starts, longer than two years, a year out of range).
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApi {

	private final ServiceReports reports;

	private final MonthlyReports monthlyReports;

	private final ReportTickets tickets;

	ReportApi(ServiceReports reports, MonthlyReports monthlyReports, ReportTickets tickets) {
		this.reports = reports;
		this.monthlyReports = monthlyReports;
		this.tickets = tickets;
	}

	/** The figures of a service, team, establishment (each optional) over a period. */
	@GetMapping("/service")
	ServiceReport service(@RequestParam(required = false) Long serviceId, @RequestParam(required = false) Long teamId,
			@RequestParam(required = false) Long establishmentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.reports.report(new ReportFilter(serviceId, teamId, establishmentId, this.reports.period(from, to)));
	}

	/** The tickets behind one count of the service report (newest first). */
	@GetMapping("/service/tickets")
	PageView<ReportTicket> tickets(@RequestParam Drill drill, @RequestParam(required = false) Long serviceId,
			@RequestParam(required = false) Long teamId, @RequestParam(required = false) Long establishmentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) TicketType type, @RequestParam(required = false) Integer priority,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		ReportFilter filter = new ReportFilter(serviceId, teamId, establishmentId, this.reports.period(from, to));
		return PageView.of(this.tickets.page(filter, drill, type, priority, ReportPages.pageable(page, size)), t -> t);
	}

	/**
	 * A year's figures month by month (this year when none is given); each month says
	 * when its figures were published ({@code publishedAt}), null when counted live.
	 */
	@GetMapping("/monthly")
	MonthlyReport monthly(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long serviceId,
			@RequestParam(required = false) Long teamId, @RequestParam(required = false) Long establishmentId) {
		return this.monthlyReports.monthly(year, serviceId, teamId, establishmentId);
	}

}
