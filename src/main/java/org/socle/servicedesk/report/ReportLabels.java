package org.socle.servicedesk.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.socle.servicedesk.report.ServiceReport.Breach;
import org.socle.servicedesk.report.ServiceReport.EscalationLine;

import org.springframework.context.MessageSource;

/**
 * The words and formats of an exported report, in the reader's language: what the
 * workbook and the document share.
 */
public final class ReportLabels {

	private final MessageSource messages;

	private final Locale locale;

	private final DateTimeFormatter dates;

	private final DateTimeFormatter instants;

	ReportLabels(MessageSource messages, Locale locale, ZoneId zone) {
		this.messages = messages;
		this.locale = locale;
		this.dates = DateTimeFormatter.ofPattern("dd/MM/yyyy", locale);
		this.instants = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", locale).withZone(zone);
	}

	public String get(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, this.locale);
	}

	/** A report's title line: its period and zone. */
	public String period(ServiceReport report) {
		return get("servicedesk.reports.period", this.dates.format(report.from()), this.dates.format(report.to()),
				report.zone());
	}

	/** What the report covers: its service, team and establishment, or all. */
	public String scope(ServiceReport.Scope scope) {
		StringJoiner parts = new StringJoiner(" · ");
		Map.of("servicedesk.reports.field.serviceId", nullToEmpty(scope.serviceName()),
				"servicedesk.reports.field.teamId", nullToEmpty(scope.teamName()),
				"servicedesk.reports.field.establishmentId", nullToEmpty(scope.establishmentName()))
			.entrySet()
			.stream()
			.filter(e -> !e.getValue().isEmpty())
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> parts.add(get("servicedesk.reports.scope.part", get(e.getKey()), e.getValue())));
		return (parts.length() == 0) ? get("servicedesk.reports.scope.all") : parts.toString();
	}

	public String instant(java.time.Instant instant) {
		return (instant != null) ? this.instants.format(instant) : "";
	}

	/** A percentage with one decimal, or a dash. */
	public String percent(Double percent) {
		return (percent != null) ? String.format(this.locale, "%.1f %%", percent) : "–";
	}

	/** A mean rating out of 10 with one decimal, or a dash. */
	public String rating(Double rating) {
		return (rating != null) ? String.format(this.locale, "%.1f / 10", rating) : "–";
	}

	/** What the ticket of a breach waited for, in words. */
	public String pendingReasons(Breach breach) {
		StringJoiner joiner = new StringJoiner(", ");
		breach.pendingReasons().forEach(r -> joiner.add(get("servicedesk.ticket.pendingReason." + r)));
		return joiner.toString();
	}

	/** The escalations of a breach, in words. */
	public String escalations(Breach breach) {
		StringJoiner joiner = new StringJoiner(" ; ");
		for (EscalationLine line : breach.escalations()) {
			joiner
				.add(get("servicedesk.reports.escalation." + line.level(), instant(line.detectedAt()), line.warned()));
		}
		return joiner.toString();
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
