package org.socle.servicedesk.report;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.socle.servicedesk.report.MonthlyReport.Month;
import org.socle.servicedesk.report.ServiceReport.Compliance;

/**
 * The series of a report's charts, as the text the page's canvases carry ({@code |}
 * between labels, {@code ,} between numbers) for the chart script.
 */
public record ReportCharts(String labels, String a, String b, String c) {

	/** Created and resolved tickets per priority. */
	static ReportCharts byPriority(ServiceReport report) {
		List<Integer> priorities = List.copyOf(report.byPriority().keySet());
		return new ReportCharts(priorities.stream().map(p -> "P" + p).collect(Collectors.joining("|")),
				join(priorities, p -> report.byPriority().get(p).created()),
				join(priorities, p -> report.byPriority().get(p).resolved()), null);
	}

	/** Met and breached clocks, response then resolution. */
	static ReportCharts compliance(ServiceReport report, ReportLabels labels) {
		List<Compliance> kinds = List.of(report.response(), report.resolution());
		return new ReportCharts(
				labels.get("servicedesk.reports.response") + "|" + labels.get("servicedesk.reports.resolution"),
				join(kinds, Compliance::met), join(kinds, Compliance::breached), null);
	}

	/** Created and resolved tickets and tickets open at the end, month by month. */
	static ReportCharts monthly(MonthlyReport report, Locale locale) {
		List<Month> months = report.months();
		return new ReportCharts(
				months.stream()
					.map(m -> m.month().getMonth().getDisplayName(TextStyle.SHORT, locale))
					.collect(Collectors.joining("|")),
				join(months, Month::created), join(months, Month::resolved), join(months, Month::openAtEnd));
	}

	private static <T> String join(List<T> items, Function<T, Long> value) {
		return items.stream().map(value).map(String::valueOf).collect(Collectors.joining(","));
	}

}
