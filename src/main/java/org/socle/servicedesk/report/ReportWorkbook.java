package org.socle.servicedesk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.socle.servicedesk.report.ServiceReport.Breach;
import org.socle.servicedesk.report.ServiceReport.Counts;

/**
 * A service report as an Excel workbook (FastExcel, streamed): a summary sheet with the
 * title, period, scope and every figure, the volumes per type and priority, and a sheet
 * of the breaches with their reasons.
 */
final class ReportWorkbook {

	private final ServiceReport report;

	private final ReportLabels labels;

	private int row;

	ReportWorkbook(ServiceReport report, ReportLabels labels) {
		this.report = report;
		this.labels = labels;
	}

	void write(OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Socle", "1.0");
		summary(workbook.newWorksheet(this.labels.get("servicedesk.reports.sheet.summary")));
		breaches(workbook.newWorksheet(this.labels.get("servicedesk.reports.sheet.breaches")));
		workbook.finish();
	}

	private void summary(Worksheet sheet) {
		sheet.width(0, 42);
		sheet.width(1, 16);
		sheet.value(0, 0, this.labels.get("servicedesk.reports.document.title"));
		sheet.style(0, 0).bold().fontSize(14).set();
		sheet.value(1, 0, this.labels.period(this.report));
		sheet.value(2, 0, this.labels.scope(this.report.scope()));
		this.row = 4;
		heading(sheet, "servicedesk.reports.volumes");
		line(sheet, "servicedesk.reports.created", this.report.volumes().created());
		line(sheet, "servicedesk.reports.resolved", this.report.volumes().resolved());
		line(sheet, "servicedesk.reports.closed", this.report.volumes().closed());
		line(sheet, "servicedesk.reports.cancelled", this.report.volumes().cancelled());
		line(sheet, "servicedesk.reports.openAtStart", this.report.backlog().openAtStart());
		line(sheet, "servicedesk.reports.openAtEnd", this.report.backlog().openAtEnd());
		heading(sheet, "servicedesk.reports.compliance");
		compliance(sheet, "servicedesk.reports.response", this.report.response());
		compliance(sheet, "servicedesk.reports.resolution", this.report.resolution());
		line(sheet, "servicedesk.reports.breachCount", this.report.breachCount());
		heading(sheet, "servicedesk.reports.satisfaction");
		line(sheet, "servicedesk.reports.invitations", this.report.satisfaction().invitations());
		line(sheet, "servicedesk.reports.answers", this.report.satisfaction().answers());
		line(sheet, "servicedesk.reports.meanRating", this.labels.rating(this.report.satisfaction().meanRating()));
		line(sheet, "servicedesk.reports.responseRate",
				this.labels.percent(percent(this.report.satisfaction().responseRate())));
		heading(sheet, "servicedesk.reports.reopen");
		line(sheet, "servicedesk.reports.reopened", this.report.reopen().reopened());
		line(sheet, "servicedesk.reports.reopenRate", this.labels.percent(percent(this.report.reopen().rate())));
		counts(sheet, "servicedesk.reports.byType", this.report.byType(),
				type -> this.labels.get("servicedesk.ticket.type." + type));
		counts(sheet, "servicedesk.reports.byPriority", this.report.byPriority(),
				priority -> this.labels.get("servicedesk.reports.priority", priority));
	}

	private void compliance(Worksheet sheet, String kindKey, ServiceReport.Compliance compliance) {
		String kind = this.labels.get(kindKey);
		line(sheet, kind + " · " + this.labels.get("servicedesk.reports.met"), compliance.met());
		line(sheet, kind + " · " + this.labels.get("servicedesk.reports.ended"), compliance.total());
		line(sheet, kind + " · " + this.labels.get("servicedesk.reports.percent"),
				this.labels.percent(compliance.percent()));
	}

	private <K> void counts(Worksheet sheet, String titleKey, Map<K, Counts> counts,
			java.util.function.Function<K, String> name) {
		this.row++;
		sheet.value(this.row, 0, this.labels.get(titleKey));
		String[] columns = { "created", "resolved", "closed", "cancelled" };
		for (int c = 0; c < columns.length; c++) {
			sheet.value(this.row, c + 1, this.labels.get("servicedesk.reports." + columns[c]));
		}
		sheet.range(this.row, 0, this.row, columns.length).style().bold().set();
		this.row++;
		for (Map.Entry<K, Counts> entry : counts.entrySet()) {
			Counts n = entry.getValue();
			sheet.value(this.row, 0, name.apply(entry.getKey()));
			sheet.value(this.row, 1, n.created());
			sheet.value(this.row, 2, n.resolved());
			sheet.value(this.row, 3, n.closed());
			sheet.value(this.row, 4, n.cancelled());
			this.row++;
		}
	}

	private void breaches(Worksheet sheet) {
		String[] columns = { "ticket", "kind", "priority", "agreement", "target", "late", "breachedAt", "pending",
				"escalations" };
		for (int c = 0; c < columns.length; c++) {
			sheet.value(0, c, this.labels.get("servicedesk.reports.breach." + columns[c]));
			sheet.width(c, (c == 3 || c == 8) ? 40 : 16);
		}
		sheet.range(0, 0, 0, columns.length - 1).style().bold().set();
		int r = 1;
		for (Breach b : this.report.breaches()) {
			sheet.value(r, 0, b.ticketNumber());
			sheet.value(r, 1, this.labels.get("servicedesk.sla.clock." + b.kind()));
			sheet.value(r, 2, b.priority());
			sheet.value(r, 3, b.agreement());
			sheet.value(r, 4, b.targetMinutes());
			sheet.value(r, 5, b.lateMinutes());
			sheet.value(r, 6, this.labels.instant(b.breachedAt()));
			sheet.value(r, 7, this.labels.pendingReasons(b));
			sheet.value(r, 8, this.labels.escalations(b));
			r++;
		}
		if (this.report.breachCount() > this.report.breaches().size()) {
			sheet.value(r + 1, 0, this.labels.get("servicedesk.reports.breaches.shown", this.report.breaches().size(),
					this.report.breachCount()));
		}
	}

	private void heading(Worksheet sheet, String key) {
		this.row++;
		sheet.value(this.row, 0, this.labels.get(key));
		sheet.style(this.row, 0).bold().set();
		this.row++;
	}

	private void line(Worksheet sheet, String labelOrKey, Object value) {
		sheet.value(this.row, 0, labelOrKey.startsWith("servicedesk.") ? this.labels.get(labelOrKey) : labelOrKey);
		if (value instanceof Number number) {
			sheet.value(this.row, 1, number);
		}
		else {
			sheet.value(this.row, 1, String.valueOf(value));
		}
		this.row++;
	}

	private static Double percent(Double ratio) {
		return (ratio != null) ? ratio * 100 : null;
	}

}
