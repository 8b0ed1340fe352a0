package org.socle.servicedesk.report;

import java.time.YearMonth;
import java.util.List;

import org.socle.servicedesk.report.PublishedMonths.Publication;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API for operators: publish the monthly figures of months that are over, which the
 * nightly job otherwise does (after a stop, or to publish older months).
 */
@RestController
@RequestMapping("/api/v1/reports")
class PublicationApi {

	private final MonthlyPublication publication;

	PublicationApi(MonthlyPublication publication) {
		this.publication = publication;
	}

	/**
	 * Publishes the months from/to ({@code 2025-01}, both included, at most 36, all over;
	 * group administrators only): per month, when and by whom it was published, its cells
	 * and whether this call published it ({@code written}; false: published before,
	 * nothing changed).
	 */
	@PostMapping("/publications")
	List<Publication> publish(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
		return this.publication.publishForOperator(from, to);
	}

}
