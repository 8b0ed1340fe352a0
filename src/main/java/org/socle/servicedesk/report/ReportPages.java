package org.socle.servicedesk.report;

import org.socle.servicedesk.ticket.TicketType;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.Paging;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The service report pages: the report of a period with its charts, each count a link to
 * its tickets; the tickets behind a count; a year month by month. A bad period comes back
 * with its message beside the field.
 */
@Controller
@RequestMapping("/servicedesk/reports")
class ReportPages {

	private static final String VIEWS = "servicedesk/reports/";

	private final ServiceReports reports;

	private final MonthlyReports monthlyReports;

	private final ReportTickets tickets;

	private final ReportAccess access;

	private final ReportScopes scopes;

	private final MessageSource messages;

	ReportPages(ServiceReports reports, MonthlyReports monthlyReports, ReportTickets tickets, ReportAccess access,
			ReportScopes scopes, MessageSource messages) {
		this.reports = reports;
		this.monthlyReports = monthlyReports;
		this.tickets = tickets;
		this.access = access;
		this.scopes = scopes;
		this.messages = messages;
	}

	@GetMapping
	String report(@ModelAttribute("form") ReportRequest form, BindingResult binding, Model model) {
		choices(model);
		ReportPeriod period = period(form, binding, model);
		if (period != null) {
			ServiceReport report = this.reports.report(form.filter(this.reports));
			ReportLabels labels = labels();
			model.addAttribute("report", report);
			model.addAttribute("labels", labels);
			model.addAttribute("links", form.links(period));
			model.addAttribute("priorityChart", ReportCharts.byPriority(report));
			model.addAttribute("complianceChart", ReportCharts.compliance(report, labels));
		}
		else {
			this.access.check(new ReportFilter(form.serviceId(), form.teamId(), form.establishmentId(), null));
		}
		return VIEWS + "report";
	}

	@GetMapping("/tickets")
	String tickets(@ModelAttribute("form") ReportRequest form, BindingResult binding, @RequestParam Drill drill,
			@RequestParam(required = false) TicketType type, @RequestParam(required = false) Integer priority,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ReportPeriod period = period(form, binding, model);
		if (period == null) {
			this.access.check(new ReportFilter(form.serviceId(), form.teamId(), form.establishmentId(), null));
			choices(model);
			return VIEWS + "report";
		}
		ReportFilter filter = new ReportFilter(form.serviceId(), form.teamId(), form.establishmentId(), period);
		model.addAttribute("page", this.tickets.page(filter, drill, type, priority, pageable(page, 25)));
		model.addAttribute("scope", this.scopes.of(filter));
		model.addAttribute("drill", drill);
		model.addAttribute("type", type);
		model.addAttribute("priority", priority);
		model.addAttribute("period", period);
		model.addAttribute("links", form.links(period));
		return VIEWS + "tickets";
	}

	@GetMapping("/monthly")
	String monthly(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long serviceId,
			@RequestParam(required = false) Long teamId, @RequestParam(required = false) Long establishmentId,
			Model model) {
		choices(model);
		model.addAttribute("form", new ReportRequest(serviceId, teamId, establishmentId, null, null, null));
		try {
			MonthlyReport monthly = this.monthlyReports.monthly(year, serviceId, teamId, establishmentId);
			model.addAttribute("monthly", monthly);
			model.addAttribute("labels", labels());
			model.addAttribute("monthlyChart", ReportCharts.monthly(monthly, LocaleContextHolder.getLocale()));
		}
		catch (FieldRuleException ex) {
			model.addAttribute("periodError", new PeriodError(ex.getField(), message(ex)));
			this.access.check(new ReportFilter(serviceId, teamId, establishmentId, null));
		}
		return VIEWS + "monthly";
	}

	/** A page of a list, of at most {@link Paging#MAX_SIZE} rows. */
	static Pageable pageable(int page, int size) {
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), Paging.MAX_SIZE));
	}

	/**
	 * The period of the form, or null with the error in the model (a value of the wrong
	 * kind, or a rule of the period broken).
	 */
	private ReportPeriod period(ReportRequest form, BindingResult binding, Model model) {
		if (binding.hasFieldErrors()) {
			String field = binding.getFieldErrors().get(0).getField();
			model.addAttribute("periodError", new PeriodError(field,
					this.messages.getMessage("typeMismatch", null, LocaleContextHolder.getLocale())));
			return null;
		}
		try {
			return form.period(this.reports);
		}
		catch (FieldRuleException ex) {
			model.addAttribute("periodError", new PeriodError(ex.getField(), message(ex)));
			return null;
		}
	}

	private ReportLabels labels() {
		return new ReportLabels(this.messages, LocaleContextHolder.getLocale(), this.reports.zone());
	}

	private String message(FieldRuleException ex) {
		return this.messages.getMessage(ex.messageKey(), ex.getArguments(), ex.getRule(),
				LocaleContextHolder.getLocale());
	}

	private void choices(Model model) {
		model.addAttribute("teams", this.access.teams());
		model.addAttribute("establishments", this.access.establishments());
		model.addAttribute("services", this.access.services());
	}

	/** A period refused: the field and what is wrong with it. */
	public record PeriodError(String field, String message) {
	}

}
