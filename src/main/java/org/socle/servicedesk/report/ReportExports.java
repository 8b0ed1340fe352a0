package org.socle.servicedesk.report;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.socle.shared.web.FieldRuleException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The report of the page's choices as an Excel workbook or a PDF document, named after
 * its period. A bad period is refused (400) as the page would show it.
 */
@Controller
@RequestMapping("/servicedesk/reports")
class ReportExports {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ServiceReports reports;

	private final ReportDocuments documents;

	ReportExports(ServiceReports reports, ReportDocuments documents) {
		this.reports = reports;
		this.documents = documents;
	}

	@GetMapping("/export.xlsx")
	void workbook(@ModelAttribute ReportRequest form, HttpServletResponse response) throws IOException {
		ServiceReport report = this.reports.report(form.filter(this.reports));
		start(response, XLSX, report, "xlsx");
		this.documents.workbook(report, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	@GetMapping("/export.pdf")
	void pdf(@ModelAttribute ReportRequest form, HttpServletResponse response) throws IOException {
		ServiceReport report = this.reports.report(form.filter(this.reports));
		start(response, "application/pdf", report, "pdf");
		this.documents.pdf(report, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	/** A bad period: back to the page, which says what is wrong beside the field. */
	@ExceptionHandler(FieldRuleException.class)
	String badPeriod(HttpServletRequest request) {
		String query = request.getQueryString();
		return "redirect:/servicedesk/reports" + ((query != null) ? "?" + query : "");
	}

	private static void start(HttpServletResponse response, String type, ServiceReport report, String extension) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("rapport-service-" + report.from() + "-" + report.to() + "." + extension)
					.build()
					.toString());
	}

}
